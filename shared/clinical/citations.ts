// Every reference of REFERENCE.md §10, keyed by the short form used across the catalogue, and the
// look-up from a short source string (which may name several, "Suri 2011; Tawa 2017") to them.
import type { Citation } from './types';

const LIST: readonly Citation[] = [
  { short: 'Altman 1991', full: 'Altman R et al. 1991, Arthritis Rheum' },
  { short: 'Beatty 1994', full: 'Beatty RA 1994, Neurosurgery 34' },
  {
    short: 'Bird 2001',
    full: 'Bird PA et al. 2001, Arthritis Rheum (journal from memory, unverified; data via Rahman 2013)',
  },
  { short: 'Birrell 2001', full: 'Birrell F et al. 2001, Rheumatology' },
  {
    short: 'Boyajian-O’Neill 2008',
    full: 'Boyajian-O’Neill LA et al. 2008, J Am Osteopath Assoc 108',
  },
  { short: 'Cacchio 2012', full: 'Cacchio A et al. 2012, Br J Sports Med' },
  { short: 'Capra 2011', full: 'Capra F et al. 2011, J Manipulative Physiol Ther 34' },
  { short: 'Childs 2005', full: 'Childs JD et al. 2005, Spine 30' },
  {
    short: 'Cibulka & Koldehoff 1999',
    full: 'Cibulka MT, Koldehoff R 1999, J Orthop Sports Phys Ther 29',
  },
  { short: 'Cook 2011', full: 'Cook C et al. 2011, Physiother Res Int' },
  { short: 'Devillé 2000', full: 'Devillé WL et al. 2000, Spine 25' },
  { short: 'Downie 2013', full: 'Downie A et al. 2013, BMJ 347:f7095' },
  { short: 'Dreyfuss 1996', full: 'Dreyfuss P et al. 1996, Spine' },
  { short: 'Fairbank 2000', full: 'Fairbank JCT, Pynsent PB 2000, Spine 25' },
  { short: 'Ferrari 2015', full: 'Ferrari S et al. 2015, Chiropr Man Therap 23' },
  { short: 'Finucane 2020', full: 'Finucane LM et al. 2020, J Orthop Sports Phys Ther 50' },
  { short: 'Fishman 2002', full: 'Fishman LM et al. 2002, Arch Phys Med Rehabil 83' },
  { short: 'Flynn 2002', full: 'Flynn T et al. 2002, Spine 27' },
  { short: 'Fritz 2005', full: 'Fritz JM et al. 2005, BMC Fam Pract 6:29' },
  { short: 'Grimaldi & Fearon 2015', full: 'Grimaldi A, Fearon A 2015, J Orthop Sports Phys Ther' },
  { short: 'Grimaldi 2017', full: 'Grimaldi A et al. 2017, Br J Sports Med 51' },
  { short: 'Griffin 2012', full: 'Griffin DR et al. 2012, Arthroscopy' },
  { short: 'Henschke 2009', full: 'Henschke N et al. 2009, Arthritis Rheum 60' },
  { short: 'Hicks 2005', full: 'Hicks GE et al. 2005, Arch Phys Med Rehabil 86' },
  { short: 'Hill 2008', full: 'Hill JC et al. 2008, Arthritis Rheum' },
  { short: 'Hoeritzauer 2020', full: 'Hoeritzauer I et al. 2020, J Neurosurg Spine 32' },
  { short: 'Hopayian 2010', full: 'Hopayian K et al. 2010, Eur Spine J 19' },
  { short: 'Hopayian 2018', full: 'Hopayian K, Danielyan A 2018, Eur J Orthop Surg Traumatol 28' },
  { short: 'Katz 1995', full: 'Katz JN et al. 1995, Arthritis Rheum 38' },
  { short: 'Konno 2007', full: 'Konno S et al. 2007, Eur Spine J 16' },
  {
    short: 'Konstantinou 2015',
    full: 'Konstantinou K et al. 2015, BMC Musculoskelet Disord 16:332',
  },
  { short: 'Laslett 2003', full: 'Laslett M et al. 2003, Aust J Physiother 49' },
  { short: 'Laslett 2005', full: 'Laslett M et al. 2005, Man Ther 10' },
  { short: 'Laslett 2005 Spine J', full: 'Laslett M et al. 2005, Spine J 5 (centralisation)' },
  { short: 'Lequesne 2008', full: 'Lequesne M et al. 2008, Arthritis Rheum' },
  { short: 'Majlesi 2008', full: 'Majlesi J et al. 2008, J Clin Rheumatol 14' },
  { short: 'Martin 2014', full: 'Martin HD et al. 2014, Knee Surg Sports Traumatol Arthrosc 22' },
  { short: 'Maslowski 2010', full: 'Maslowski E et al. 2010, PM&R 2' },
  { short: 'NICE CKS Sciatica', full: 'NICE CKS Sciatica (CES red flags, 2018 update)' },
  { short: 'NICE NG12', full: 'NICE NG12 (2015): suspected cancer, recognition and referral' },
  { short: 'NICE NG65', full: 'NICE NG65 (2017): spondyloarthritis in over 16s' },
  { short: 'NICE NG234', full: 'NICE NG234 (2023)' },
  { short: 'GIRFT CES pathway', full: 'GIRFT national cauda equina syndrome pathway' },
  { short: 'BMJ Best Practice CES', full: 'BMJ Best Practice: Cauda equina syndrome' },
  { short: 'Nilsdotter 2003', full: 'Nilsdotter AK et al. 2003, BMC Musculoskelet Disord' },
  { short: 'HOOS-12 scoring guide', full: 'HOOS-12 scoring guide (koos.nu)' },
  {
    short: 'CHECK cohort 2021',
    full: 'CHECK cohort early hip OA study, Rheumatology 2021 (PMID 33576791)',
  },
  { short: 'Rahman 2013', full: 'Rahman LA et al. 2013, BMC Musculoskelet Disord 14:257' },
  { short: 'Reiman 2013', full: 'Reiman MP et al. 2013, Br J Sports Med 47 (hip tests)' },
  { short: 'Reiman 2015', full: 'Reiman MP et al. 2015, Br J Sports Med (FAI/labral)' },
  {
    short: 'Reiman 2020',
    full: 'Reiman MP et al. 2020, Br J Sports Med (IHiPRN Zurich consensus)',
  },
  { short: 'Robinson 2020', full: 'Robinson PG et al. 2020 (iHOT-12 PASS)' },
  { short: 'Schwarzer 1995', full: 'Schwarzer AC et al. 1995, Spine 20' },
  { short: 'Shin 1996', full: 'Shin AY et al. 1996, Am J Sports Med 24' },
  { short: 'Simopoulos 2012', full: 'Simopoulos TT et al. 2012, Pain Physician 15' },
  { short: 'Sugioka 2008', full: 'Sugioka T et al. 2008, Fam Pract 25' },
  { short: 'Suri 2010', full: 'Suri P et al. 2010, JAMA 304' },
  { short: 'Suri 2011', full: 'Suri P et al. 2011, Spine 36' },
  { short: 'Sutlive 2008', full: 'Sutlive TG et al. 2008, J Orthop Sports Phys Ther 38' },
  { short: 'Tawa 2017', full: 'Tawa N et al. 2017, BMC Musculoskelet Disord' },
  { short: 'van der Wurff 2006', full: 'van der Wurff P et al. 2006, Arch Phys Med Rehabil 87' },
  {
    // Named in REFERENCE.md §3.2 (pooled centralisation LRs the engine uses) but not in its §10
    // list; authors and volume still to be added from the paper.
    short: 'eClinicalMedicine 2023',
    full: 'Systematic review of centralisation, eClinicalMedicine 2023 (pooled LR+ 3.06, LR− 0.66; authors to be confirmed)',
  },
];

export const CITATIONS: Readonly<Record<string, Citation>> = Object.fromEntries(
  LIST.map((citation) => [citation.short, citation]),
);

/** Other spellings of a short form met in the reference text. */
const ALIASES: Readonly<Record<string, string>> = {
  'Cibulka 1999': 'Cibulka & Koldehoff 1999',
  'Hopayian & Danielyan 2018': 'Hopayian 2018',
  'Grimaldi 2015': 'Grimaldi & Fearon 2015',
  'Boyajian-ONeill 2008': 'Boyajian-O’Neill 2008',
  "Boyajian-O'Neill 2008": 'Boyajian-O’Neill 2008',
  'CHECK cohort': 'CHECK cohort 2021',
  NG65: 'NICE NG65',
  NG12: 'NICE NG12',
  Devillé: 'Devillé 2000',
};

/** The citation for one short form (or a known alias); `undefined` when it is not listed. */
export function citationFor(short: string): Citation | undefined {
  const key = short.trim();
  return CITATIONS[key] ?? CITATIONS[ALIASES[key] ?? ''];
}

/**
 * Splits a source string such as "Suri 2011; Tawa 2017" into its parts and resolves each: the
 * letter prints `found`; `unknown` is what a test flags as a missing citation.
 */
export function citationsIn(source: string): { found: Citation[]; unknown: string[] } {
  const found: Citation[] = [];
  const unknown: string[] = [];
  for (const part of source.split(';')) {
    const short = part.trim();
    if (short === '') continue;
    const citation = citationFor(short);
    if (citation) found.push(citation);
    else unknown.push(short);
  }
  return { found, unknown };
}
