// Opens the SQLite file and brings its schema up to date. Each migration runs once, in order, in
// its own transaction; SQLite's `user_version` records how many have run.
const { mkdirSync } = require('node:fs');
const { dirname } = require('node:path');
const Database = require('better-sqlite3');

/**
 * The schema, one step per release. Append new steps; never edit one that has shipped, since
 * databases out there have already run it.
 */
const migrations = [
  `CREATE TABLE hangups (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     dedupe_key TEXT NOT NULL UNIQUE,
     cmiuuid TEXT NOT NULL,
     leg TEXT NOT NULL,
     user TEXT,
     time INTEGER NOT NULL,
     received_at INTEGER NOT NULL,
     event TEXT NOT NULL
   );
   CREATE INDEX hangups_by_time ON hangups (time, id);
   CREATE INDEX hangups_by_user ON hangups (user, time, id);
   CREATE INDEX hangups_by_cmiuuid ON hangups (cmiuuid);
   CREATE TABLE dead_letters (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     received_at INTEGER NOT NULL,
     reason TEXT NOT NULL,
     status INTEGER NOT NULL,
     message TEXT NOT NULL,
     errors TEXT NOT NULL,
     body TEXT NOT NULL,
     ip TEXT
   );`,
  // Every kind of notification, not only the outgoing hangup: the calls view reads these. The
  // hangups stored before are copied in, so an upgraded database shows its past calls.
  `CREATE TABLE notifications (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     dedupe_key TEXT NOT NULL UNIQUE,
     kind TEXT NOT NULL,
     conversation TEXT NOT NULL,
     cmiuuid TEXT NOT NULL,
     leg TEXT,
     time INTEGER NOT NULL,
     received_at INTEGER NOT NULL,
     notification TEXT NOT NULL
   );
   CREATE INDEX notifications_by_kind ON notifications (kind, id);
   CREATE INDEX notifications_by_conversation ON notifications (conversation, time, id);
   INSERT INTO notifications (dedupe_key, kind, conversation, cmiuuid, leg, time, received_at, notification)
     SELECT dedupe_key, 'outgoing.hangup', coalesce(json_extract(event, '$.conversation_uuid'), cmiuuid), cmiuuid,
            leg, time, received_at, json_set(event, '$.kind', 'outgoing.hangup')
     FROM hangups ORDER BY id;`,
];

/**
 * Opens (creating it and its folder if need be) the database at `file`, in WAL mode, and runs the
 * migrations it has not run yet. `':memory:'` opens a throwaway database.
 * @param {string} file Path of the SQLite file.
 * @returns {import('better-sqlite3').Database}
 */
function openDatabase(file) {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  try {
    // WAL lets the page read while a delivery writes; NORMAL is durable across app crashes in WAL
    // mode (only an OS crash can lose the last commits), and TeleCMI would retry those anyway.
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    // Another process writing (a backup, a second instance) makes a write wait, not fail at once.
    db.pragma('busy_timeout = 2000');
    migrate(db);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

/**
 * Runs the migrations `db` has not run yet, one transaction each. The version is read inside the
 * write transaction, so two instances starting together on one file cannot both run a step.
 * Refuses a database a newer version of the app made.
 * @param {import('better-sqlite3').Database} db
 */
function migrate(db) {
  const runNextStep = db.transaction(() => {
    const version = db.pragma('user_version', { simple: true });
    if (version > migrations.length) {
      throw new Error(`database schema version ${version} is newer than this app knows (${migrations.length})`);
    }
    if (version === migrations.length) return false;
    db.exec(migrations[version]);
    db.pragma(`user_version = ${version + 1}`);
    return true;
  }).immediate;
  while (runNextStep());
}

module.exports = { openDatabase, migrations };
