import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foldText, parsePatientQuery, toIsoDate } from '../../../main/db/searchText';
import type { PatientInput } from '../../../main/db/store';
import { tempStore, type TempStore } from './tempStore';

let t: TempStore;

const people: PatientInput[] = [
  {
    givenName: 'Zoltán',
    familyName: 'Kovács',
    birthDate: '1962-05-17',
    sex: 'male',
    identifier: '943 476 5919',
    contact: null,
  },
  {
    givenName: 'Anna',
    familyName: 'Kowalska',
    birthDate: '1980-02-01',
    sex: 'female',
    identifier: null,
    contact: null,
  },
  {
    givenName: 'Anna-Maria',
    familyName: 'Łukasiewicz',
    birthDate: '1975-12-31',
    sex: 'female',
    identifier: 'PL-88',
    contact: null,
  },
  {
    givenName: 'José',
    familyName: "O'Neill",
    birthDate: '1980-02-01',
    sex: 'male',
    identifier: null,
    contact: null,
  },
  {
    givenName: 'محمد',
    familyName: 'العلي',
    birthDate: '1990-07-07',
    sex: 'male',
    identifier: null,
    contact: null,
  },
];

beforeAll(async () => {
  t = await tempStore();
  for (const person of people) await t.store.patients.create(person, 'system');
});
afterAll(async () => t.cleanup());

const names = async (query: string) =>
  (await t.store.patients.search(query, 20)).map((p) => `${p.givenName} ${p.familyName}`).sort();

describe('patient search', () => {
  it('finds partial names, in any order, ignoring case and accents', async () => {
    expect(await names('zolt')).toEqual(['Zoltán Kovács']);
    expect(await names('KOVACS')).toEqual(['Zoltán Kovács']);
    expect(await names('kowalska an')).toEqual(['Anna Kowalska']);
    expect(await names('an kowalska')).toEqual(['Anna Kowalska']);
    expect(await names('lukas')).toEqual(['Anna-Maria Łukasiewicz']);
    expect(await names('maria')).toEqual(['Anna-Maria Łukasiewicz']);
    expect(await names('oneill')).toEqual(["José O'Neill"]);
    expect(await names("o'neill")).toEqual(["José O'Neill"]);
    expect(await names('jose')).toEqual(["José O'Neill"]);
    expect(await names('محم')).toEqual(['محمد العلي']);
  });

  it('finds a date of birth typed either way, alone or with a name', async () => {
    expect(await names('1980-02-01')).toEqual(['Anna Kowalska', "José O'Neill"]);
    expect(await names('01/02/1980')).toEqual(['Anna Kowalska', "José O'Neill"]);
    expect(await names('1/2/1980 jos')).toEqual(["José O'Neill"]);
  });

  it('finds an identifier typed with or without its spaces', async () => {
    expect(await names('9434765919')).toEqual(['Zoltán Kovács']);
    expect(await names('943 476 5919')).toEqual(['Zoltán Kovács']);
    expect(await names('pl-88')).toEqual(['Anna-Maria Łukasiewicz']);
  });

  it('returns nothing for an empty query or FTS syntax, and never throws on odd input', async () => {
    expect(await names('   ')).toEqual([]);
    expect(await names('"')).toEqual([]);
    expect(await names('AND OR NOT * ( )')).toEqual([]);
    expect(await names('nobody')).toEqual([]);
  });
});

describe('search text folding', () => {
  it('folds case, diacritics and letters Unicode does not decompose', () => {
    expect(foldText('Łukasz Øster-Straße')).toBe('lukasz oster strasse');
    expect(toIsoDate('31/12/1975')).toBe('1975-12-31');
    expect(toIsoDate('30/02/1975')).toBeNull();
    expect(parsePatientQuery('smith 1975-12-31 j')).toEqual({
      words: ['smith', 'j'],
      birthDate: '1975-12-31',
    });
  });
});
