// Every migration, in order. Add one by adding its file and one line here.
import { migration0001 } from './0001-initial';
import { migration0002 } from './0002-patient-search';
import { migration0003 } from './0003-immutability';
import type { Migration } from './types';

export const MIGRATIONS: readonly Migration[] = [migration0001, migration0002, migration0003];
export const LATEST_VERSION = MIGRATIONS.length;
