import type { UnitOutline } from '../unit-spec';

/** L2S3 Understand Legal, Regulatory and Ethical Frameworks: seed 003 lines 1895–1952 (table 1901–1911, guidance 1950). */
const L2S3: UnitOutline = {
  code: 'L2S3',
  title: 'Understand Legal, Regulatory and Ethical Frameworks',
  startLine: 1895,
  guidanceLine: 1950,
  outcomes: [
    {
      number: 1,
      text: 'Understand the laws and regulatory frameworks that affect selling',
      lines: [1902, 1903, 1904],
      criteria: [
        { code: '1.1', text: 'Describe the laws that need to be considered by an organisation when selling', lines: [1902, 1903] },
        { code: '1.2', text: 'Describe the regulatory frameworks related to selling', lines: [1904] },
        { code: '1.3', text: 'Outline the potential consequences of non-compliance with the law for individuals and organisations', lines: [1905, 1906] },
      ],
    },
    {
      number: 2,
      text: 'Understand ethical selling practices',
      lines: [1907, 1908],
      criteria: [
        { code: '2.1', text: 'Describe the organisational benefits of ethical selling', lines: [1907] },
        { code: '2.2', text: 'Explain the behaviours that ethical sales professionals demonstrate', lines: [1908, 1909] },
        { code: '2.3', text: 'Outline the potential consequences of a sales professional acting unethically for individuals and organisations', lines: [1910, 1911] },
      ],
    },
  ],
};

export default L2S3;
