// Self-test for checkers.mjs.  Plain node, no framework:
//   node tests/e2e/lms/checkers.selftest.mjs
// Exit code 1 if any case fails.  (Named *.selftest.mjs so `node --test
// tests/e2e/` does not pick it up.)

import { checkMoodle, checkCanvas, parsePhpCsv, parseRubyCsv } from './checkers.mjs';

let failures = 0;
let passes = 0;

function check(name, cond, detail) {
  if (cond) {
    passes += 1;
    console.log(`ok   ${name}`);
  } else {
    failures += 1;
    console.log(`FAIL ${name}`);
    if (detail !== undefined) console.log('     ' + JSON.stringify(detail, null, 1).replace(/\n/g, '\n     '));
  }
}

const enc = new TextEncoder();
const BOM = [0xef, 0xbb, 0xbf];
/** Lines joined with CRLF (and a final CRLF), optionally with a UTF-8 BOM. */
function file(lines, { bom = false, eol = '\r\n' } = {}) {
  const body = enc.encode(lines.join(eol) + eol);
  return bom ? Uint8Array.from([...BOM, ...body]) : body;
}
const has = (list, re) => list.some((m) => re.test(m));

// ------------------------------------------------------------- parsers --

{
  const rows = parsePhpCsv('a,"b,c","d ""q"" e","line1\nline2",f\n\nx,y,,z,', ',');
  check('php parser: quoted comma, doubled quote, embedded newline',
    JSON.stringify(rows[0].fields) === JSON.stringify(['a', 'b,c', 'd "q" e', 'line1\nline2', 'f']), rows[0]);
  check('php parser: blank line is [null]', rows[1].fields.length === 1 && rows[1].fields[0] === null, rows[1]);
  check('php parser: trailing empty field', JSON.stringify(rows[2].fields) === JSON.stringify(['x', 'y', '', 'z', '']), rows[2]);

  const r = parseRubyCsv('a,"b,c","d ""q"" e","l1\r\nl2",\r\nx,,""\r\n', ',');
  check('ruby parser: CRLF rows, quoted comma/quote/newline, nil vs ""',
    r.length === 2 &&
    JSON.stringify(r[0].fields) === JSON.stringify(['a', 'b,c', 'd "q" e', 'l1\r\nl2', null]) &&
    JSON.stringify(r[1].fields) === JSON.stringify(['x', null, '']), r);
  let threw = false;
  try { parseRubyCsv('a,b"c,d\n'); } catch { threw = true; }
  check('ruby parser: quote inside unquoted field is malformed', threw);
  threw = false;
  try { parseRubyCsv('a,"b"c,d\n'); } catch { threw = true; }
  check('ruby parser: text after closing quote is malformed', threw);
}

// ============================================================== Moodle ==

const moodleUsers = [
  { username: 'layla', idnumber: '2024001', email: 'layla@example.edu' },
  { username: 'omar', idnumber: '2024002', email: 'Omar@Example.edu' },
  { username: 'yusuf', idnumber: '2024003', email: 'yusuf@example.edu' },
];
const M = (bytes, extra = {}) =>
  checkMoodle(bytes, { identifier: 'username', users: moodleUsers, maxGrade: 10, ...extra });

{
  // The proposed file: BOM, CRLF, username first, Arabic names, feedback with
  // a comma, quotes and a line break.
  const res = M(file([
    'username,Full name,تمرين الجمع (points),Feedback',
    'layla,ليلى حسن,8.5,"أحسنت، ""ممتاز"""',
    'omar,عمر الفاروق,10,"سطر أول\r\nسطر ثان"',
    'yusuf,يوسف أحمد,,',
  ], { bom: true }));
  check('moodle: proposed file (BOM, CRLF, Arabic, username) accepted', res.ok, res);
  check('moodle: BOM stripped from first header', res.columns[0] === 'username', res.columns);
  check('moodle: grades parsed (8.5, 10, empty = no grade)',
    res.grades.length === 3 && res.grades[0].grade === 8.5 && res.grades[1].grade === 10 && res.grades[2].grade === null,
    res.grades);
  check('moodle: feedback with quotes and comma kept', res.grades[0].feedback === 'أحسنت، "ممتاز"', res.grades[0]);
  check('moodle: feedback line break normalised to \\n', res.grades[1].feedback === 'سطر أول\nسطر ثان', res.grades[1]);
}
{
  const res = M(file([
    'idnumber,Full name,Exercise (points),Feedback',
    '2024001,ليلى حسن,7,',
    '2024002,عمر الفاروق,9.25,',
  ], { bom: true }), { identifier: 'useridnumber' });
  check('moodle: idnumber as identifier accepted', res.ok && res.grades.length === 2, res);
}
{
  const res = M(file([
    'email,Full name,Exercise (points)',
    'OMAR@example.EDU,عمر الفاروق,6',
  ]), { identifier: 'useremail' });
  check('moodle: email matched case-insensitively', res.ok && res.grades[0].user.username === 'omar', res);
}
{
  const res = M(file(['Full name,Exercise (points)', 'ليلى حسن,8']));
  check('moodle: missing identifier column rejected', !res.ok && has(res.errors, /No identifier column/), res.errors);
}
{
  const res = M(file(['username,Full name,Exercise (points)', 'layla,ليلى,8', 'zainab,زينب علي,9']));
  check('moodle: unknown user rejected', !res.ok && has(res.errors, /Could not find user with username of "zainab"/), res.errors);
}
{
  const res = M(file(['username,Full name,Exercise (points)', 'layla,ليلى,12']));
  check('moodle: grade above maximum rejected', !res.ok && has(res.errors, /larger than the allowed grade maximum of 10/), res.errors);
}
{
  const res = M(file(['username,Full name,Exercise (points)', 'layla,ليلى,-1']));
  check('moodle: negative grade rejected', !res.ok && has(res.errors, /smaller than the allowed grade minimum of 0/), res.errors);
}
{
  const res = M(file(['username,Full name,Exercise (points)', 'layla,ليلى,ثمانية', 'omar,عمر,8/10']));
  check('moodle: non-numeric grades rejected',
    !res.ok && res.errors.filter((e) => /Supplied grade is invalid/.test(e)).length === 2, res.errors);
}
{
  const res = M(file(['username,Full name,Exercise (points)', 'layla,ليلى,٨']));
  check('moodle: Arabic-Indic digits rejected', !res.ok && has(res.errors, /Supplied grade is invalid/), res.errors);
}
{
  const bytes = file(['username,Full name,Exercise (points)', 'layla,ليلى,"8,5"']);
  const res = M(bytes);
  check('moodle: decimal comma rejected when the language uses "."', !res.ok && has(res.errors, /Supplied grade is invalid/), res.errors);
  const res2 = M(bytes, { decsep: ',' });
  check('moodle: decimal comma accepted when the language uses ","', res2.ok && res2.grades[0].grade === 8.5, res2);
}
{
  const res = M(file(['username,Full name,Exercise (points)', 'layla,ليلى,-', 'omar,عمر,  7 ']));
  check('moodle: "-" is no grade, spaces trimmed', res.ok && res.grades[0].grade === null && res.grades[1].grade === 7, res);
}
{
  const res = M(file(['username,Full name,Exercise (points)', 'layla,ليلى,8,extra']));
  check('moodle: ragged row rejected (csvweirdcolumns)', !res.ok && has(res.errors, /csvweirdcolumns/), res.errors);
}
{
  const res = M(file(['username,Full name,Exercise (points)', ',ليلى,8']));
  check('moodle: empty identifier rejected', !res.ok && has(res.errors, /username is empty/), res.errors);
}
{
  const ok = M(file(['username,Full name,Exercise (points),Feedback', 'layla,ليلى,15,جيد']), { newGradeItem: true, maxGrade: 20 });
  check('moodle: "New grade item" accepts 15 but warns about the 0..100 range and feedback',
    ok.ok && has(ok.warnings, /default maximum of 100/) && has(ok.warnings, /Feedback for <existing grade item>/), ok);
  const bad = M(file(['username,Full name,Exercise (points)', 'layla,ليلى,120']), { newGradeItem: true, maxGrade: 200 });
  check('moodle: "New grade item" rejects 120 (> 100)', !bad.ok && has(bad.errors, /maximum of 100/), bad.errors);
}
{
  const bytes = Uint8Array.from([...enc.encode('username,Full name,Exercise (points)\r\nlayla,'), 0xff, 0xfe, ...enc.encode(',8\r\n')]);
  const res = M(bytes);
  check('moodle: invalid UTF-8 rejected', !res.ok && has(res.errors, /not valid UTF-8/), res.errors);
}
{
  const res = M(file(['username;Full name;Exercise (points)', 'layla;ليلى;8,5']), { separator: 'semicolon', decsep: ',' });
  check('moodle: semicolon separator option', res.ok && res.grades[0].grade === 8.5, res);
}

// ============================================================== Canvas ==

const canvasStudents = [
  { name: 'ليلى حسن', id: 101, sisUserId: '2024001', sisLoginId: 'layla@example.edu', section: 'A' },
  { name: 'عمر الفاروق', id: 102, sisUserId: '2024002', sisLoginId: 'omar', section: 'A' },
  { name: 'يوسف أحمد', id: 103, sisUserId: null, sisLoginId: null, section: 'B', sortableName: 'أحمد, يوسف' },
];
const C = (bytes, extra = {}) => checkCanvas(bytes, { students: canvasStudents, ...extra });
const HEADER = 'Student,ID,SIS User ID,SIS Login ID,Section,تمرين الجمع';

{
  // The proposed file: BOM, CRLF, empty ID, SIS ids where known, Points Possible row.
  const res = C(file([
    HEADER,
    'Points Possible,,,,,10',
    'ليلى حسن,,2024001,,,8.5',
    'عمر الفاروق,,,omar,,10',
    'يوسف أحمد,,,,,7',
  ], { bom: true }));
  check('canvas: proposed file (BOM, CRLF, empty ID, Points Possible) accepted', res.ok, res);
  check('canvas: new assignment with points possible 10',
    res.assignments.length === 1 && res.assignments[0].isNew && res.assignments[0].pointsPossible === 10 &&
    res.assignments[0].name === 'تمرين الجمع', res.assignments);
  check('canvas: students matched by SIS User ID, SIS Login ID and name',
    res.grades.map((g) => g.student.id).join() === '101,102,103' && res.grades.map((g) => g.score).join() === '8.5,10,7', res.grades);
  check('canvas: name-only match is warned about', has(res.warnings, /matched only by exact name/), res.warnings);
}
{
  const res = C(file([
    '"Student","ID","SIS User ID","SIS Login ID","Section","Exercise"',
    '"ليلى حسن","101","","","A","9"',
  ]));
  check('canvas: fully quoted file without BOM accepted (match by ID)', res.ok && res.grades[0].student.id === 101, res);
}
{
  const res = C(file(['"Student",ID,SIS User ID,SIS Login ID,Section,Exercise', 'ليلى حسن,101,,,,9'], { bom: true }));
  check('canvas: BOM followed by a quoted first cell rejected (Ruby keeps the BOM)',
    !res.ok && has(res.errors, /MalformedCSVError/) && has(res.errors, /BOM/), res.errors);
}
{
  const res = C(file(['Student,ID,SIS User ID,SIS Login ID,Exercise', 'ليلى حسن,101,,,9']));
  check('canvas: missing Section column rejected', !res.ok && has(res.errors, /Invalid header row/), res.errors);
  const res2 = C(file(['Student,ID,SIS User ID,Section,Exercise', 'ليلى حسن,,2024001,,9']));
  check('canvas: SIS User ID without SIS Login ID rejected', !res2.ok && has(res2.errors, /Invalid header row/), res2.errors);
  const res3 = C(file(['الطالب,المعرف,القسم,تمرين', 'ليلى حسن,101,,9']));
  check('canvas: translated headers rejected', !res3.ok && has(res3.errors, /Invalid header row/), res3.errors);
  const res4 = C(file(['ID,Student,Section,Exercise', '101,ليلى حسن,,9']));
  check('canvas: Student must be the first column', !res4.ok && has(res4.errors, /Invalid header row/), res4.errors);
}
{
  const res = C(file([HEADER, 'Points Possible,,,,,10', 'زينب علي,,2024999,zainab,,9']));
  check('canvas: unknown student rejected', !res.ok && has(res.errors, /no student in the course matches/), res.errors);
}
{
  const res = C(file([HEADER, 'Points Possible,,,,,10', 'ليلى حسن,,2024001,,,12']));
  check('canvas: grade above points possible accepted with a warning',
    res.ok && res.grades[0].score === 12 && has(res.warnings, /above points possible/), res);
}
{
  const res = C(file([HEADER, 'Points Possible,,,,,10', 'ليلى حسن,,2024001,,,ثمانية', 'عمر الفاروق,,,omar,,٨']));
  check('canvas: non-numeric and Arabic-Indic grades rejected',
    !res.ok && res.errors.filter((e) => /not a score Canvas understands/.test(e)).length === 2, res.errors);
}
{
  const res = C(file([HEADER, 'ليلى حسن,,2024001,,,8']));
  check('canvas: Points Possible row is optional (warning for a new assignment)',
    res.ok && res.assignments[0].pointsPossible === null && has(res.warnings, /No Points Possible/), res);
}
{
  const res = C(file([
    'Student,ID,SIS User ID,SIS Login ID,Section,Exercise 1,Current Score,Final Grade',
    'Points Possible,,,,,(read only),(read only),(read only)',
  ].concat(['ليلى حسن,101,,,,5,50,F'])), { assignments: [{ id: 7, title: 'Exercise 1', pointsPossible: 10 }] });
  check('canvas: read-only total columns ignored', has(res.warnings, /Current Score/) && has(res.warnings, /Final Grade/), res.warnings);
  check('canvas: "(read only)" in the Points Possible row ignores the column', res.assignments.length === 0 && !res.ok, res);
}
{
  const res = C(file([
    'Student,ID,SIS User ID,SIS Login ID,Section,Exercise 1,Current Score',
    'Points Possible,,,,,10,(read only)',
    'ليلى حسن,101,,,,5,50',
  ]), { assignments: [{ id: 7, title: 'Exercise 1', pointsPossible: 10 }] });
  check('canvas: existing assignment matched by title', res.ok && res.assignments[0].isNew === false && res.assignments[0].id === 7, res);
}
{
  const res = C(file(['Student;ID;SIS User ID;SIS Login ID;Section;Exercise', 'Points Possible;;;;;10', 'ليلى حسن;;2024001;;;8,5']));
  check('canvas: semicolon file detected; decimal comma converted', res.ok && res.delimiter === ';' && res.grades[0].score === 8.5, res);
}
{
  const res = C(file(['Student,ID,SIS User ID,SIS Login ID,Section,Quiz (2)', 'Points Possible,,,,,10', 'ليلى حسن,,2024001,,,8']));
  check('canvas: title ending in "(digits)" warned (read as an assignment id)',
    res.ok && res.assignments[0].name === 'Quiz' && has(res.warnings, /assignment id 2/), res);
}
{
  const res = C(file([HEADER, 'Points Possible,,,,,10', 'ليلى حسن,,2024001,,,EX', 'عمر الفاروق,,,omar,,-']));
  check('canvas: EX excuses, "-" is no score', res.ok && res.grades.length === 1 && res.grades[0].excused === true, res);
}
{
  const res = C(file([HEADER, 'Points Possible,,,,,10', 'ليلى "لولو" حسن,,2024001,,,8']));
  check('canvas: stray quote in an unquoted field rejected', !res.ok && has(res.errors, /Illegal quoting/), res.errors);
}
{
  const res = C(file([HEADER, 'Points Possible,,,,,10', 'ليلى حسن,,2024001,,,8'], { eol: '\n' }));
  const mixed = Uint8Array.from([...enc.encode(HEADER + '\r\nPoints Possible,,,,,10\nليلى حسن,,2024001,,,8\r\n')]);
  const res2 = C(mixed);
  check('canvas: LF-only file accepted; mixed CRLF/LF rejected', res.ok && !res2.ok && has(res2.errors, /MalformedCSVError/), { res, res2 });
}
{
  const bytes = Uint8Array.from([...enc.encode(HEADER + '\r\nليلى'), 0xc3, ...enc.encode(',,2024001,,,8\r\n')]);
  const res = C(bytes);
  check('canvas: invalid UTF-8 rejected', !res.ok && has(res.errors, /not valid UTF-8/), res.errors);
}

console.log(`\n${passes} passed, ${failures} failed`);
process.exit(failures ? 1 : 0);
