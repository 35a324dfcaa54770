import type { UnitOutline } from '../unit-spec';

/**
 * L4L4 Participating in Coaching and Mentoring: seed 003 lines 1796–1846 (table 1802–1820,
 * guidance 1836). The table prints a fourth LO, "4. Be able to engage in personal coaching and
 * mentoring" (1818–1820), beside AC 3.3 and with no AC of its own ("5 5 5" in its cell is stray);
 * the unit's aims, indicative content and guidance know only three LO, so it reads as LO3's row
 * run over and is not listed: 3.3 stays under LO3, where its code puts it.
 */
const L4L4: UnitOutline = {
  code: 'L4L4',
  title: 'Participating in Coaching and Mentoring',
  startLine: 1796,
  guidanceLine: 1836,
  outcomes: [
    {
      number: 1,
      text: 'Understand the purpose of sales coaching and mentoring in organisations',
      lines: [1803, 1804, 1805, 1806],
      criteria: [
        { code: '1.1', text: 'Analyse the differences between coaching and mentoring', lines: [1803] },
        { code: '1.2', text: 'Evaluate the benefits of sales coaching and mentoring for individuals and organisations', lines: [1804, 1805] },
        { code: '1.3', text: 'Explain how coaching and mentoring link to organisational sales objectives', lines: [1806, 1807] },
      ],
    },
    {
      number: 2,
      text: 'Understand the processes and people involved in successful sales coaching and mentoring',
      lines: [1808, 1809, 1810, 1811],
      criteria: [
        { code: '2.1', text: 'Explain situations when a sales professional should seek mentoring and coaching', lines: [1808, 1809] },
        { code: '2.2', text: 'Evaluate the knowledge, skills and characteristics required by coachees and mentees', lines: [1810, 1811] },
        { code: '2.3', text: 'Evaluate the knowledge, skills and characteristics required by coaches and mentors', lines: [1812, 1813] },
      ],
    },
    {
      number: 3,
      text: 'Be able to engage in personal coaching or mentoring to improve performance',
      lines: [1814, 1815, 1816, 1817],
      criteria: [
        { code: '3.1', text: 'Agree a contract for coaching or mentoring sessions with a colleague/tutor', lines: [1814, 1815] },
        { code: '3.2', text: 'Implement the actions agreed during coaching and mentoring sessions', lines: [1816, 1817] },
        { code: '3.3', text: 'Evaluate improvements in personal performance due to coaching or mentoring sessions', lines: [1818, 1819] },
      ],
    },
  ],
};

export default L4L4;
