import type { Migration } from './types';

// Shipped. Never edit: add 0002_… instead. The register tables mirror src-shared/registers as they were at this
// version; tests/unit/schema.test.ts checks that definitions and tables still agree.

export const m0001_init: Migration = {
  version: 1,
  name: 'init',
  up: (db) => {
    db.exec(`
CREATE TABLE setting (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE committee (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  short_name TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL,
  active INTEGER NOT NULL DEFAULT 1,
  sort INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE staff (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  position TEXT,
  active INTEGER NOT NULL DEFAULT 1,
  sort INTEGER NOT NULL DEFAULT 0
);

-- §10.1 当事人信息块 of every book; (register, record_id) names the owning record.
CREATE TABLE party (
  id INTEGER PRIMARY KEY,
  register TEXT NOT NULL,
  record_id INTEGER NOT NULL,
  role TEXT NOT NULL,
  seq INTEGER NOT NULL,
  kind TEXT NOT NULL DEFAULT '自然人',
  name TEXT NOT NULL,
  sex TEXT,
  ethnicity TEXT,
  birth_date TEXT,
  age INTEGER,
  occupation TEXT,
  phone TEXT,
  address TEXT,
  id_number TEXT,
  legal_rep TEXT
);
CREATE INDEX party_by_record ON party (register, record_id, role, seq);
CREATE INDEX party_by_id_number ON party (id_number);

CREATE TABLE petition (
  id INTEGER PRIMARY KEY,
  visit_date TEXT NOT NULL,
  visit_time TEXT,
  method TEXT NOT NULL,
  visitor_count INTEGER,
  matter TEXT NOT NULL,
  category TEXT NOT NULL,
  receiver TEXT NOT NULL,
  handling TEXT,
  transferred_to TEXT,
  result TEXT,
  feedback_date TEXT,
  linked_case_no TEXT,
  registered_on TEXT NOT NULL,
  registered_by TEXT,
  remark TEXT,
  search_text TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
);
CREATE INDEX petition_by_date ON petition (deleted_at, visit_date);

CREATE TABLE study_meeting (
  id INTEGER PRIMARY KEY,
  meeting_date TEXT NOT NULL,
  start_time TEXT,
  end_time TEXT,
  location TEXT,
  meeting_type TEXT NOT NULL,
  topic TEXT NOT NULL,
  host TEXT,
  attendees TEXT,
  expected_count INTEGER,
  present_count INTEGER,
  absentees TEXT,
  content TEXT,
  outcome TEXT,
  recorder TEXT,
  attachments TEXT,
  registered_on TEXT NOT NULL,
  registered_by TEXT,
  remark TEXT,
  search_text TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
);
CREATE INDEX study_meeting_by_date ON study_meeting (deleted_at, meeting_date);

CREATE TABLE legal_publicity (
  id INTEGER PRIMARY KEY,
  activity_date TEXT NOT NULL,
  location TEXT NOT NULL,
  theme TEXT NOT NULL,
  forms TEXT NOT NULL,
  audiences TEXT,
  organizer TEXT,
  co_organizers TEXT,
  speaker TEXT,
  audience_count INTEGER,
  materials_count INTEGER,
  consultations INTEGER,
  banners INTEGER,
  boards INTEGER,
  content TEXT,
  photos TEXT,
  registered_on TEXT NOT NULL,
  registered_by TEXT,
  remark TEXT,
  search_text TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
);
CREATE INDEX legal_publicity_by_date ON legal_publicity (deleted_at, activity_date);

CREATE TABLE mediation_case (
  id INTEGER PRIMARY KEY,
  case_no TEXT NOT NULL,
  committee_id INTEGER NOT NULL REFERENCES committee(id),
  accept_date TEXT NOT NULL,
  dispute_type TEXT NOT NULL,
  case_source TEXT NOT NULL,
  mediators TEXT,
  summary TEXT NOT NULL,
  party_count INTEGER,
  difficult INTEGER NOT NULL DEFAULT 0,
  result TEXT,
  agreement_form TEXT,
  agreement_amount INTEGER,
  close_date TEXT,
  performance TEXT,
  judicial_confirmation INTEGER NOT NULL DEFAULT 0,
  revisit_date TEXT,
  prevent_suicide INTEGER NOT NULL DEFAULT 0,
  prevent_suicide_persons INTEGER,
  prevent_criminal INTEGER NOT NULL DEFAULT 0,
  prevent_criminal_persons INTEGER,
  prevent_petition INTEGER NOT NULL DEFAULT 0,
  prevent_petition_persons INTEGER,
  prevent_fight INTEGER NOT NULL DEFAULT 0,
  prevent_fight_persons INTEGER,
  registered_on TEXT NOT NULL,
  registered_by TEXT,
  remark TEXT,
  case_year INTEGER NOT NULL,
  case_seq INTEGER NOT NULL,
  search_text TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT,
  UNIQUE (committee_id, case_year, case_seq)
);
CREATE INDEX mediation_case_by_date ON mediation_case (deleted_at, accept_date);

CREATE TABLE dispute_screening (
  id INTEGER PRIMARY KEY,
  screening_date TEXT NOT NULL,
  scope TEXT NOT NULL,
  screeners TEXT,
  zero_report INTEGER NOT NULL DEFAULT 0,
  dispute_type TEXT,
  summary TEXT,
  person_count INTEGER,
  amount INTEGER,
  risk_level TEXT,
  risk_flags TEXT,
  measures TEXT,
  responsible_unit TEXT,
  responsible_person TEXT,
  deadline TEXT,
  resolution TEXT,
  linked_case_no TEXT,
  resolved_date TEXT,
  registered_on TEXT NOT NULL,
  registered_by TEXT,
  remark TEXT,
  search_text TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
);
CREATE INDEX dispute_screening_by_date ON dispute_screening (deleted_at, screening_date);

CREATE TABLE typical_case (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  linked_case_no TEXT,
  dispute_type TEXT,
  accept_date TEXT,
  close_date TEXT,
  committee_id INTEGER REFERENCES committee(id),
  mediators TEXT,
  facts TEXT NOT NULL,
  process TEXT,
  result TEXT,
  commentary TEXT,
  submitted_to TEXT,
  submitted_date TEXT,
  adopted INTEGER NOT NULL DEFAULT 0,
  registered_on TEXT NOT NULL,
  registered_by TEXT,
  remark TEXT,
  search_text TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
);
CREATE INDEX typical_case_by_date ON typical_case (deleted_at, registered_on);

CREATE TABLE legal_aid (
  id INTEGER PRIMARY KEY,
  receive_date TEXT NOT NULL,
  receiver TEXT NOT NULL,
  groups TEXT,
  matter_category TEXT NOT NULL,
  matter TEXT,
  aid_form TEXT,
  hardship TEXT,
  handling TEXT NOT NULL,
  transfer_date TEXT,
  handler TEXT,
  outcome TEXT,
  registered_on TEXT NOT NULL,
  registered_by TEXT,
  remark TEXT,
  search_text TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
);
CREATE INDEX legal_aid_by_date ON legal_aid (deleted_at, receive_date);

CREATE TABLE mediator (
  id INTEGER PRIMARY KEY,
  committee_id INTEGER NOT NULL REFERENCES committee(id),
  name TEXT NOT NULL,
  id_number TEXT,
  sex TEXT NOT NULL,
  ethnicity TEXT,
  birth_date TEXT,
  political_status TEXT,
  education TEXT,
  phone TEXT,
  position TEXT NOT NULL,
  employment TEXT,
  work_unit TEXT,
  selection TEXT,
  appointed_on TEXT,
  term_end TEXT,
  training TEXT,
  registered_on TEXT NOT NULL,
  registered_by TEXT,
  remark TEXT,
  search_text TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
);
CREATE INDEX mediator_by_date ON mediator (deleted_at, registered_on);

CREATE TABLE correction_subject (
  id INTEGER PRIMARY KEY,
  subject_no TEXT,
  name TEXT NOT NULL,
  id_number TEXT,
  sex TEXT NOT NULL,
  ethnicity TEXT,
  birth_date TEXT,
  education TEXT,
  household_address TEXT,
  residence TEXT,
  phone TEXT,
  crime TEXT NOT NULL,
  sentence TEXT NOT NULL,
  supplementary TEXT,
  judgment_authority TEXT,
  judgment_date TEXT,
  category TEXT NOT NULL,
  term TEXT,
  start_date TEXT NOT NULL,
  end_date TEXT NOT NULL,
  report_date TEXT,
  supervision_level TEXT,
  team TEXT,
  recidivist INTEGER NOT NULL DEFAULT 0,
  state TEXT NOT NULL,
  registered_on TEXT NOT NULL,
  registered_by TEXT,
  remark TEXT,
  search_text TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
);
CREATE INDEX correction_subject_by_date ON correction_subject (deleted_at, start_date);


`);
  },
};
