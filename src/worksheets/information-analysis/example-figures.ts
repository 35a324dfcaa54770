/**
 * The worked example's figures: 24 months of sales (November 2024 to October 2026) for a fictional
 * catering supplies firm in the South West, written for the toolkit (any likeness to a real business is
 * chance). A CSV file as a learner would export it; example.ts reads it with the same checks as an import.
 */
export const EXAMPLE_FIGURES_CSV = `Month,Region,Product,Customer,Value
2024-11,Bristol,Disposables,Harbourside Cafés,3856
2024-11,Bristol,Coffee and tea,Harbourside Cafés,2361
2024-11,Somerset,Cleaning,Mendip Care Homes,3938
2024-11,Somerset,Disposables,Mendip Care Homes,2153
2024-11,Devon,Disposables,Exe Estuary Holiday Parks,1389
2024-11,Devon,Compostable packaging,Exe Estuary Holiday Parks,467
2024-11,Cornwall,Compostable packaging,Kernow Kitchens,672
2024-11,Cornwall,Coffee and tea,Kernow Kitchens,517
2024-11,Cornwall,Compostable packaging,St Ives Bakehouse,363
2024-11,Bristol,Cleaning,Clifton School Catering,1591
2024-11,Somerset,Coffee and tea,Taunton Deli Co,388
2024-11,Devon,Cleaning,Torbay Leisure Centre,442
2024-12,Bristol,Disposables,Harbourside Cafés,3860
2024-12,Bristol,Coffee and tea,Harbourside Cafés,2449
2024-12,Somerset,Cleaning,Mendip Care Homes,3751
2024-12,Somerset,Disposables,Mendip Care Homes,2015
2024-12,Devon,Disposables,Exe Estuary Holiday Parks,1445
2024-12,Devon,Compostable packaging,Exe Estuary Holiday Parks,509
2024-12,Cornwall,Compostable packaging,Kernow Kitchens,770
2024-12,Cornwall,Coffee and tea,Kernow Kitchens,588
2024-12,Cornwall,Compostable packaging,St Ives Bakehouse,408
2024-12,Bristol,Cleaning,Clifton School Catering,1171
2024-12,Somerset,Coffee and tea,Taunton Deli Co,406
2024-12,Devon,Cleaning,Torbay Leisure Centre,464
2025-01,Bristol,Disposables,Harbourside Cafés,3920
2025-01,Bristol,Coffee and tea,Harbourside Cafés,2451
2025-01,Somerset,Cleaning,Mendip Care Homes,3683
2025-01,Somerset,Disposables,Mendip Care Homes,2066
2025-01,Devon,Disposables,Exe Estuary Holiday Parks,1298
2025-01,Devon,Compostable packaging,Exe Estuary Holiday Parks,432
2025-01,Cornwall,Compostable packaging,Kernow Kitchens,642
2025-01,Cornwall,Coffee and tea,Kernow Kitchens,514
2025-01,Cornwall,Compostable packaging,St Ives Bakehouse,384
2025-01,Bristol,Cleaning,Clifton School Catering,1590
2025-01,Somerset,Coffee and tea,Taunton Deli Co,400
2025-01,Devon,Cleaning,Torbay Leisure Centre,439
2025-02,Bristol,Disposables,Harbourside Cafés,3865
2025-02,Bristol,Coffee and tea,Harbourside Cafés,2439
2025-02,Somerset,Cleaning,Mendip Care Homes,3588
2025-02,Somerset,Disposables,Mendip Care Homes,2011
2025-02,Devon,Disposables,Exe Estuary Holiday Parks,1343
2025-02,Devon,Compostable packaging,Exe Estuary Holiday Parks,464
2025-02,Cornwall,Compostable packaging,Kernow Kitchens,719
2025-02,Cornwall,Coffee and tea,Kernow Kitchens,538
2025-02,Cornwall,Compostable packaging,St Ives Bakehouse,411
2025-02,Bristol,Cleaning,Clifton School Catering,1598
2025-02,Somerset,Coffee and tea,Taunton Deli Co,417
2025-02,Devon,Cleaning,Torbay Leisure Centre,457
2025-03,Bristol,Disposables,Harbourside Cafés,4021
2025-03,Bristol,Coffee and tea,Harbourside Cafés,2518
2025-03,Somerset,Cleaning,Mendip Care Homes,3763
2025-03,Somerset,Disposables,Mendip Care Homes,1974
2025-03,Devon,Disposables,Exe Estuary Holiday Parks,1528
2025-03,Devon,Compostable packaging,Exe Estuary Holiday Parks,547
2025-03,Cornwall,Compostable packaging,Kernow Kitchens,830
2025-03,Cornwall,Coffee and tea,Kernow Kitchens,650
2025-03,Cornwall,Compostable packaging,St Ives Bakehouse,465
2025-03,Bristol,Cleaning,Clifton School Catering,1544
2025-03,Somerset,Coffee and tea,Taunton Deli Co,402
2025-03,Devon,Cleaning,Torbay Leisure Centre,463
2025-04,Bristol,Disposables,Harbourside Cafés,4383
2025-04,Bristol,Coffee and tea,Harbourside Cafés,2689
2025-04,Somerset,Cleaning,Mendip Care Homes,3520
2025-04,Somerset,Disposables,Mendip Care Homes,2052
2025-04,Devon,Disposables,Exe Estuary Holiday Parks,1718
2025-04,Devon,Compostable packaging,Exe Estuary Holiday Parks,624
2025-04,Cornwall,Compostable packaging,Kernow Kitchens,1001
2025-04,Cornwall,Coffee and tea,Kernow Kitchens,759
2025-04,Cornwall,Compostable packaging,St Ives Bakehouse,559
2025-04,Bristol,Cleaning,Clifton School Catering,1249
2025-04,Somerset,Coffee and tea,Taunton Deli Co,394
2025-04,Devon,Cleaning,Torbay Leisure Centre,468
2025-05,Bristol,Disposables,Harbourside Cafés,4488
2025-05,Bristol,Coffee and tea,Harbourside Cafés,2716
2025-05,Somerset,Cleaning,Mendip Care Homes,3485
2025-05,Somerset,Disposables,Mendip Care Homes,1967
2025-05,Devon,Disposables,Exe Estuary Holiday Parks,1950
2025-05,Devon,Compostable packaging,Exe Estuary Holiday Parks,725
2025-05,Cornwall,Compostable packaging,Kernow Kitchens,1184
2025-05,Cornwall,Coffee and tea,Kernow Kitchens,897
2025-05,Cornwall,Compostable packaging,St Ives Bakehouse,671
2025-05,Bristol,Cleaning,Clifton School Catering,1562
2025-05,Somerset,Coffee and tea,Taunton Deli Co,428
2025-05,Devon,Cleaning,Torbay Leisure Centre,435
2025-06,Bristol,Disposables,Harbourside Cafés,4713
2025-06,Bristol,Coffee and tea,Harbourside Cafés,3002
2025-06,Somerset,Cleaning,Mendip Care Homes,3690
2025-06,Somerset,Disposables,Mendip Care Homes,1916
2025-06,Devon,Disposables,Exe Estuary Holiday Parks,2256
2025-06,Devon,Compostable packaging,Exe Estuary Holiday Parks,879
2025-06,Cornwall,Compostable packaging,Kernow Kitchens,1474
2025-06,Cornwall,Coffee and tea,Kernow Kitchens,1039
2025-06,Cornwall,Compostable packaging,St Ives Bakehouse,781
2025-06,Bristol,Cleaning,Clifton School Catering,1554
2025-06,Somerset,Coffee and tea,Taunton Deli Co,411
2025-06,Devon,Cleaning,Torbay Leisure Centre,466
2025-07,Bristol,Disposables,Harbourside Cafés,4892
2025-07,Bristol,Coffee and tea,Harbourside Cafés,3027
2025-07,Somerset,Cleaning,Mendip Care Homes,3598
2025-07,Somerset,Disposables,Mendip Care Homes,1904
2025-07,Devon,Disposables,Exe Estuary Holiday Parks,2710
2025-07,Devon,Compostable packaging,Exe Estuary Holiday Parks,1086
2025-07,Cornwall,Compostable packaging,Kernow Kitchens,1776
2025-07,Cornwall,Coffee and tea,Kernow Kitchens,1205
2025-07,Cornwall,Compostable packaging,St Ives Bakehouse,931
2025-07,Bristol,Cleaning,Clifton School Catering,1076
2025-07,Somerset,Coffee and tea,Taunton Deli Co,402
2025-07,Devon,Cleaning,Torbay Leisure Centre,449
2025-08,Bristol,Disposables,Harbourside Cafés,5008
2025-08,Bristol,Coffee and tea,Harbourside Cafés,3115
2025-08,Somerset,Cleaning,Mendip Care Homes,3507
2025-08,Somerset,Disposables,Mendip Care Homes,1973
2025-08,Devon,Disposables,Exe Estuary Holiday Parks,2735
2025-08,Devon,Compostable packaging,Exe Estuary Holiday Parks,1121
2025-08,Cornwall,Compostable packaging,Kernow Kitchens,1867
2025-08,Cornwall,Coffee and tea,Kernow Kitchens,1306
2025-08,Cornwall,Compostable packaging,St Ives Bakehouse,1046
2025-08,Bristol,Cleaning,Clifton School Catering,229
2025-08,Somerset,Coffee and tea,Taunton Deli Co,434
2025-08,Devon,Cleaning,Torbay Leisure Centre,466
2025-09,Bristol,Disposables,Harbourside Cafés,4461
2025-09,Bristol,Coffee and tea,Harbourside Cafés,2873
2025-09,Somerset,Cleaning,Mendip Care Homes,3502
2025-09,Somerset,Disposables,Mendip Care Homes,1924
2025-09,Devon,Disposables,Exe Estuary Holiday Parks,2002
2025-09,Devon,Compostable packaging,Exe Estuary Holiday Parks,820
2025-09,Cornwall,Compostable packaging,Kernow Kitchens,1418
2025-09,Cornwall,Coffee and tea,Kernow Kitchens,987
2025-09,Cornwall,Compostable packaging,St Ives Bakehouse,781
2025-09,Bristol,Cleaning,Clifton School Catering,1587
2025-09,Somerset,Coffee and tea,Taunton Deli Co,422
2025-09,Devon,Cleaning,Torbay Leisure Centre,445
2025-10,Bristol,Disposables,Harbourside Cafés,4500
2025-10,Bristol,Coffee and tea,Harbourside Cafés,2616
2025-10,Somerset,Cleaning,Mendip Care Homes,3477
2025-10,Somerset,Disposables,Mendip Care Homes,1877
2025-10,Devon,Disposables,Exe Estuary Holiday Parks,1670
2025-10,Devon,Compostable packaging,Exe Estuary Holiday Parks,731
2025-10,Cornwall,Compostable packaging,Kernow Kitchens,1192
2025-10,Cornwall,Coffee and tea,Kernow Kitchens,800
2025-10,Cornwall,Compostable packaging,St Ives Bakehouse,641
2025-10,Bristol,Cleaning,Clifton School Catering,1613
2025-10,Somerset,Coffee and tea,Taunton Deli Co,439
2025-10,Devon,Cleaning,Torbay Leisure Centre,435
2025-11,Bristol,Disposables,Harbourside Cafés,3998
2025-11,Bristol,Coffee and tea,Harbourside Cafés,2627
2025-11,Somerset,Cleaning,Mendip Care Homes,3377
2025-11,Somerset,Disposables,Mendip Care Homes,1870
2025-11,Devon,Disposables,Exe Estuary Holiday Parks,1340
2025-11,Devon,Compostable packaging,Exe Estuary Holiday Parks,567
2025-11,Cornwall,Compostable packaging,Kernow Kitchens,958
2025-11,Cornwall,Coffee and tea,Kernow Kitchens,679
2025-11,Cornwall,Compostable packaging,St Ives Bakehouse,539
2025-11,Bristol,Cleaning,Clifton School Catering,1638
2025-11,Somerset,Coffee and tea,Taunton Deli Co,433
2025-11,Devon,Cleaning,Torbay Leisure Centre,449
2025-12,Bristol,Disposables,Harbourside Cafés,4265
2025-12,Bristol,Coffee and tea,Harbourside Cafés,2580
2025-12,Somerset,Cleaning,Mendip Care Homes,3479
2025-12,Somerset,Disposables,Mendip Care Homes,1931
2025-12,Devon,Disposables,Exe Estuary Holiday Parks,1464
2025-12,Devon,Compostable packaging,Exe Estuary Holiday Parks,619
2025-12,Cornwall,Compostable packaging,Kernow Kitchens,1057
2025-12,Cornwall,Coffee and tea,Kernow Kitchens,716
2025-12,Cornwall,Compostable packaging,St Ives Bakehouse,603
2025-12,Bristol,Cleaning,Clifton School Catering,1247
2025-12,Somerset,Coffee and tea,Taunton Deli Co,428
2025-12,Devon,Cleaning,Torbay Leisure Centre,439
2026-01,Bristol,Disposables,Harbourside Cafés,4027
2026-01,Bristol,Coffee and tea,Harbourside Cafés,2515
2026-01,Somerset,Cleaning,Mendip Care Homes,3475
2026-01,Somerset,Disposables,Mendip Care Homes,1853
2026-01,Devon,Disposables,Exe Estuary Holiday Parks,1307
2026-01,Devon,Compostable packaging,Exe Estuary Holiday Parks,549
2026-01,Cornwall,Compostable packaging,Kernow Kitchens,926
2026-01,Cornwall,Coffee and tea,Kernow Kitchens,649
2026-01,Cornwall,Compostable packaging,St Ives Bakehouse,519
2026-01,Bristol,Cleaning,Clifton School Catering,1605
2026-01,Somerset,Coffee and tea,Taunton Deli Co,421
2026-01,Devon,Cleaning,Torbay Leisure Centre,442
2026-02,Bristol,Disposables,Harbourside Cafés,4207
2026-02,Bristol,Coffee and tea,Harbourside Cafés,2534
2026-02,Somerset,Cleaning,Mendip Care Homes,3454
2026-02,Somerset,Disposables,Mendip Care Homes,1935
2026-02,Devon,Disposables,Exe Estuary Holiday Parks,1345
2026-02,Devon,Compostable packaging,Exe Estuary Holiday Parks,622
2026-02,Cornwall,Compostable packaging,Kernow Kitchens,1039
2026-02,Cornwall,Coffee and tea,Kernow Kitchens,693
2026-02,Cornwall,Compostable packaging,St Ives Bakehouse,606
2026-02,Bristol,Cleaning,Clifton School Catering,1520
2026-02,Somerset,Coffee and tea,Taunton Deli Co,416
2026-02,Devon,Cleaning,Torbay Leisure Centre,437
2026-03,Bristol,Disposables,Harbourside Cafés,4216
2026-03,Bristol,Coffee and tea,Harbourside Cafés,2750
2026-03,Somerset,Cleaning,Mendip Care Homes,3388
2026-03,Somerset,Disposables,Mendip Care Homes,1845
2026-03,Devon,Disposables,Exe Estuary Holiday Parks,1498
2026-03,Devon,Compostable packaging,Exe Estuary Holiday Parks,696
2026-03,Cornwall,Compostable packaging,Kernow Kitchens,1248
2026-03,Cornwall,Coffee and tea,Kernow Kitchens,837
2026-03,Cornwall,Compostable packaging,St Ives Bakehouse,704
2026-03,Bristol,Cleaning,Clifton School Catering,1582
2026-03,Somerset,Coffee and tea,Taunton Deli Co,434
2026-03,Devon,Cleaning,Torbay Leisure Centre,456
2026-04,Bristol,Disposables,Harbourside Cafés,3901
2026-04,Bristol,Coffee and tea,Harbourside Cafés,2796
2026-04,Somerset,Cleaning,Mendip Care Homes,3253
2026-04,Somerset,Disposables,Mendip Care Homes,1837
2026-04,Devon,Disposables,Exe Estuary Holiday Parks,1648
2026-04,Devon,Compostable packaging,Exe Estuary Holiday Parks,779
2026-04,Cornwall,Compostable packaging,Kernow Kitchens,1381
2026-04,Cornwall,Coffee and tea,Kernow Kitchens,916
2026-04,Cornwall,Compostable packaging,St Ives Bakehouse,808
2026-04,Bristol,Cleaning,Clifton School Catering,1259
2026-04,Somerset,Coffee and tea,Taunton Deli Co,426
2026-04,Devon,Cleaning,Torbay Leisure Centre,434
2026-05,Bristol,Disposables,Harbourside Cafés,3952
2026-05,Bristol,Coffee and tea,Harbourside Cafés,2896
2026-05,Somerset,Cleaning,Mendip Care Homes,3279
2026-05,Somerset,Disposables,Mendip Care Homes,1787
2026-05,Devon,Disposables,Exe Estuary Holiday Parks,1912
2026-05,Devon,Compostable packaging,Exe Estuary Holiday Parks,975
2026-05,Cornwall,Compostable packaging,Kernow Kitchens,1642
2026-05,Cornwall,Coffee and tea,Kernow Kitchens,1081
2026-05,Cornwall,Compostable packaging,St Ives Bakehouse,970
2026-05,Bristol,Cleaning,Clifton School Catering,1622
2026-05,Somerset,Coffee and tea,Taunton Deli Co,448
2026-05,Devon,Cleaning,Torbay Leisure Centre,451
2026-06,Bristol,Disposables,Harbourside Cafés,4374
2026-06,Bristol,Coffee and tea,Harbourside Cafés,3138
2026-06,Somerset,Cleaning,Mendip Care Homes,3250
2026-06,Somerset,Disposables,Mendip Care Homes,1823
2026-06,Devon,Disposables,Exe Estuary Holiday Parks,2333
2026-06,Devon,Compostable packaging,Exe Estuary Holiday Parks,1120
2026-06,Cornwall,Compostable packaging,Kernow Kitchens,2104
2026-06,Cornwall,Coffee and tea,Kernow Kitchens,1294
2026-06,Cornwall,Compostable packaging,St Ives Bakehouse,1159
2026-06,Bristol,Cleaning,Clifton School Catering,1622
2026-06,Somerset,Coffee and tea,Taunton Deli Co,425
2026-06,Devon,Cleaning,Torbay Leisure Centre,456
2026-07,Bristol,Disposables,Harbourside Cafés,4436
2026-07,Bristol,Coffee and tea,Harbourside Cafés,3248
2026-07,Somerset,Cleaning,Mendip Care Homes,3311
2026-07,Somerset,Disposables,Mendip Care Homes,1743
2026-07,Devon,Disposables,Exe Estuary Holiday Parks,2677
2026-07,Devon,Compostable packaging,Exe Estuary Holiday Parks,1384
2026-07,Cornwall,Compostable packaging,Kernow Kitchens,2441
2026-07,Cornwall,Coffee and tea,Kernow Kitchens,1514
2026-07,Cornwall,Compostable packaging,St Ives Bakehouse,1327
2026-07,Bristol,Cleaning,Clifton School Catering,1086
2026-07,Somerset,Coffee and tea,Taunton Deli Co,449
2026-07,Devon,Cleaning,Torbay Leisure Centre,454
2026-08,Bristol,Disposables,Harbourside Cafés,4643
2026-08,Bristol,Coffee and tea,Harbourside Cafés,3404
2026-08,Somerset,Cleaning,Mendip Care Homes,3118
2026-08,Somerset,Disposables,Mendip Care Homes,1749
2026-08,Devon,Disposables,Exe Estuary Holiday Parks,2782
2026-08,Devon,Compostable packaging,Exe Estuary Holiday Parks,1394
2026-08,Cornwall,Compostable packaging,Kernow Kitchens,2569
2026-08,Cornwall,Coffee and tea,Kernow Kitchens,1676
2026-08,Cornwall,Compostable packaging,St Ives Bakehouse,1431
2026-08,Bristol,Cleaning,Clifton School Catering,220
2026-08,Somerset,Coffee and tea,Taunton Deli Co,447
2026-08,Devon,Cleaning,Torbay Leisure Centre,438
2026-09,Bristol,Disposables,Harbourside Cafés,4116
2026-09,Bristol,Coffee and tea,Harbourside Cafés,3090
2026-09,Somerset,Cleaning,Mendip Care Homes,3248
2026-09,Somerset,Disposables,Mendip Care Homes,1819
2026-09,Devon,Disposables,Exe Estuary Holiday Parks,2065
2026-09,Devon,Compostable packaging,Exe Estuary Holiday Parks,1028
2026-09,Cornwall,Compostable packaging,Kernow Kitchens,1904
2026-09,Cornwall,Coffee and tea,Kernow Kitchens,1267
2026-09,Cornwall,Compostable packaging,St Ives Bakehouse,1132
2026-09,Bristol,Cleaning,Clifton School Catering,1658
2026-09,Somerset,Coffee and tea,Taunton Deli Co,445
2026-09,Devon,Cleaning,Torbay Leisure Centre,445
2026-10,Bristol,Disposables,Harbourside Cafés,3890
2026-10,Bristol,Coffee and tea,Harbourside Cafés,2835
2026-10,Somerset,Cleaning,Mendip Care Homes,3201
2026-10,Somerset,Disposables,Mendip Care Homes,1721
2026-10,Devon,Disposables,Exe Estuary Holiday Parks,1721
2026-10,Devon,Compostable packaging,Exe Estuary Holiday Parks,865
2026-10,Cornwall,Compostable packaging,Kernow Kitchens,1700
2026-10,Cornwall,Coffee and tea,Kernow Kitchens,1015
2026-10,Cornwall,Compostable packaging,St Ives Bakehouse,952
2026-10,Bristol,Cleaning,Clifton School Catering,1546
2026-10,Somerset,Coffee and tea,Taunton Deli Co,443
2026-10,Devon,Cleaning,Torbay Leisure Centre,440
`;
