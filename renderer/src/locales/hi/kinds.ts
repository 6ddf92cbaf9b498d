import type { Messages } from '../en/index.ts';

/** Hindi strings: kinds of draft. */
export const kinds = {
  'rti-application': 'आरटीआई आवेदन (धारा 6(1))',
  'rti-first-appeal': 'प्रथम अपील (धारा 19(1))',
  'rti-second-appeal': 'द्वितीय अपील (धारा 19(3))',
  'rti-complaint': 'शिकायत (धारा 18)',
  'pq-notice': 'प्रश्न की सूचना',
  'half-an-hour-notice': 'आधे घंटे की चर्चा की सूचना',
  'list-of-dates': 'तिथियों और घटनाओं की सूची',
  'points-table': 'पूछे गए और उत्तर दिए गए बिंदुओं की तालिका',
} satisfies Messages['kinds'];
