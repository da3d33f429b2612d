// The API's contract now lives in src-shared/api (one file per area); these names stay importable from here.
export * from './api';
