// Checkers that read a gradebook CSV the way Moodle 4.x ("Import > CSV file")
// and Canvas ("Grades > Import") read it, and say whether the import would
// go through.  The rules, and the source lines they come from, are in
// rules.md next to this file; comments below name the source function each
// step mirrors.
//
// No CSV package is installed in node_modules, so the two parsers are here:
//   - parsePhpCsv: PHP fgetcsv() as Moodle's csv_import_reader uses it
//     (lenient; backslash is PHP's escape character).
//   - parseRubyCsv: Ruby's CSV as Canvas's GradebookImporter uses it
//     (strict RFC 4180: a stray quote is a MalformedCSVError).

// ---------------------------------------------------------------- bytes --

const BOM = '\uFEFF';

function toBytes(input) {
  if (input instanceof Uint8Array) return input;
  if (typeof input === 'string') return new TextEncoder().encode(input);
  if (input instanceof ArrayBuffer) return new Uint8Array(input);
  throw new TypeError('bytes must be a Uint8Array');
}

/** Decodes UTF-8; `valid` is false if any byte sequence is not UTF-8.
 *  The BOM, if any, is kept in `text` (callers decide what to do with it). */
function decodeUtf8(bytes) {
  let valid = true;
  try {
    new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    valid = false;
  }
  const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(bytes);
  return { text, valid, bom: text.startsWith(BOM) };
}

// PHP trim() default characters: " \t\n\r\0\x0B".
const PHP_TRIM = /^[ \t\n\r\0\x0B]+|[ \t\n\r\0\x0B]+$/g;
const phpTrim = (s) => String(s).replace(PHP_TRIM, '');

// PHP 8 is_numeric(): optional surrounding whitespace, sign, decimal digits
// with optional point, optional exponent.  ASCII digits only.
const PHP_NUMERIC = /^[ \t\n\r\v\f]*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?[ \t\n\r\v\f]*$/;

// ------------------------------------------------------- PHP fgetcsv() --

/**
 * Splits text into records the way PHP's fgetcsv() does, for the subset that
 * matters here: delimiter, '"' enclosure, '\\' escape, newlines already
 * normalised to "\n".  Returns {rows, rawFields} where an empty line gives
 * [null] (fgetcsv's "blank line" result) and rawFields keeps each field's
 * source text for diagnostics.
 */
export function parsePhpCsv(text, delimiter = ',') {
  const rows = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    // Blank line.
    if (text[i] === '\n') {
      rows.push({ fields: [null], line: null });
      i += 1;
      continue;
    }
    const fields = [];
    const raws = [];
    let atEnd = false;
    while (!atEnd) {
      const start = i;
      // fgetcsv skips leading blanks before an enclosure.
      let j = i;
      while (j < n && (text[j] === ' ' || text[j] === '\t') && text[j] !== delimiter) j += 1;
      if (j < n && text[j] === '"') {
        // Enclosed field.
        i = j + 1;
        let value = '';
        for (;;) {
          if (i >= n) break; // unterminated: PHP takes the rest
          const c = text[i];
          if (c === '\\' && i + 1 < n) {
            // Escape character: it and the next character are kept as is.
            value += c + text[i + 1];
            i += 2;
            continue;
          }
          if (c === '"') {
            if (text[i + 1] === '"') {
              value += '"';
              i += 2;
              continue;
            }
            i += 1;
            break;
          }
          value += c;
          i += 1;
        }
        // Anything between the closing quote and the delimiter is appended.
        while (i < n && text[i] !== delimiter && text[i] !== '\n') {
          value += text[i];
          i += 1;
        }
        fields.push(value);
      } else {
        let value = '';
        while (i < n && text[i] !== delimiter && text[i] !== '\n') {
          value += text[i];
          i += 1;
        }
        fields.push(value);
      }
      raws.push(text.slice(start, i));
      if (i < n && text[i] === delimiter) {
        i += 1;
        if (i >= n) {
          fields.push('');
          raws.push('');
          atEnd = true;
        }
      } else {
        if (i < n && text[i] === '\n') i += 1;
        atEnd = true;
      }
    }
    rows.push({ fields, raws });
  }
  return rows;
}

// ------------------------------------------------------------ Ruby CSV --

class MalformedCSVError extends Error {}

/**
 * Ruby CSV (strict) for one string.  rowSep "auto" follows Ruby: the first
 * "\r\n", "\n" or "\r" in the data.  Unquoted empty fields are null, quoted
 * empty fields are "" (Ruby CSV's behaviour).  Throws MalformedCSVError.
 * Returns [{fields, quoted, line, raw}].
 */
export function parseRubyCsv(text, colSep = ',', rowSep = 'auto') {
  if (rowSep === 'auto') {
    const m = /\r\n|\n|\r/.exec(text);
    rowSep = m ? m[0] : '\n';
  }
  const rows = [];
  const n = text.length;
  let i = 0;
  let line = 1;
  const atRowSep = (k) => text.startsWith(rowSep, k);
  while (i < n) {
    const rowStart = i;
    const startLine = line;
    const fields = [];
    const quoted = [];
    let endOfRow = false;
    // An empty line is a row with no fields.
    if (atRowSep(i)) {
      rows.push({ fields: [], quoted: [], line: startLine, raw: '' });
      i += rowSep.length;
      line += 1;
      continue;
    }
    while (!endOfRow) {
      if (text[i] === '"') {
        i += 1;
        let value = '';
        for (;;) {
          if (i >= n) throw new MalformedCSVError(`Unclosed quoted field in line ${startLine}.`);
          const c = text[i];
          if (c === '"') {
            if (text[i + 1] === '"') {
              value += '"';
              i += 2;
              continue;
            }
            i += 1;
            break;
          }
          if (c === '\n') line += 1;
          value += c;
          i += 1;
        }
        if (!(i >= n || text.startsWith(colSep, i) || atRowSep(i))) {
          throw new MalformedCSVError(`Any value after quoted field isn't allowed in line ${line}.`);
        }
        fields.push(value);
        quoted.push(true);
      } else {
        let value = '';
        while (i < n && !text.startsWith(colSep, i) && !atRowSep(i)) {
          const c = text[i];
          if (c === '"') throw new MalformedCSVError(`Illegal quoting in line ${line}.`);
          if (c === '\r' || c === '\n') {
            throw new MalformedCSVError(`Unquoted fields do not allow new line <${JSON.stringify(c)}> in line ${line}.`);
          }
          value += c;
          i += 1;
        }
        fields.push(value === '' ? null : value);
        quoted.push(false);
      }
      if (i < n && text.startsWith(colSep, i)) {
        i += colSep.length;
        if (i >= n || atRowSep(i)) {
          fields.push(null);
          quoted.push(false);
          if (i < n) { i += rowSep.length; line += 1; }
          endOfRow = true;
        }
      } else {
        if (i < n) { i += rowSep.length; line += 1; }
        endOfRow = true;
      }
    }
    rows.push({ fields, quoted, line: startLine, raw: text.slice(rowStart, i) });
  }
  return rows;
}

/** Ruby CSV.parse_line(line, col_sep:) for delimiter detection; null if malformed. */
function rubyParseLineCount(line, colSep) {
  try {
    const rows = parseRubyCsv(line, colSep);
    if (rows.length === 0) return 0;
    return rows[0].fields.length;
  } catch (e) {
    if (e instanceof MalformedCSVError) return null;
    throw e;
  }
}

// ================================================================ Moodle ==

// Header names accepted as the identifier column.  Moodle itself has no
// automatic matching: the teacher picks "Map from" (a column) and "Map to"
// (User ID / Username / ID number / Email address).  These are the names a
// teacher would recognise: the field name, and the column labels Moodle's own
// grade export uses (get_string('username'), 'idnumber', 'email').
export const MOODLE_IDENTIFIER_HEADERS = {
  username: ['username', 'user name'],
  useridnumber: ['idnumber', 'id number', 'useridnumber', 'user id number'],
  useremail: ['email', 'email address', 'e-mail', 'e-mail address', 'useremail'],
};
const MOODLE_USER_FIELD = { username: 'username', useridnumber: 'idnumber', useremail: 'email' };
// Labels used in Moodle's error strings (load_data.php map_user_data_with_value()).
const MOODLE_USER_LABEL = { username: 'username', useridnumber: 'idnumber', useremail: 'email address' };
// Name-like columns a teacher leaves on "Ignore" (the mapping default).
const MOODLE_NAME_HEADERS = /^(full ?name|first ?name|last ?name|surname|given name|name|student)$/i;
const MOODLE_FEEDBACK_HEADER = /^feedback\b/i;

const normHeader = (h) => phpTrim(h ?? '').replace(/\s+/g, ' ').toLowerCase();

/**
 * Checks a file against Moodle 4.x "Import > CSV file".
 *
 * options:
 *   identifier  'username' | 'useridnumber' | 'useremail' (what "Map to" is set to)
 *   users       [{username, idnumber, email}] – the site users the file may name
 *               (pass the enrolled students; anyone else is reported)
 *   maxGrade    the grade item's maximum grade
 *   minGrade    the grade item's minimum grade (default 0)
 *   newGradeItem  true if the teacher maps the grade column to "New grade item"
 *               (the item is then created with Moodle's default range 0..100)
 *   gradeColumn header text or index of the grade column (default: every column
 *               that is not the identifier, a name column or a feedback column)
 *   separator   'comma' | 'semicolon' | 'colon' | 'tab' (default 'comma')
 *   decsep      the decimal separator of the teacher's Moodle language (default '.')
 *
 * Returns {ok, errors, warnings, grades: [{user, grade, feedback?, column, line}], columns}.
 */
export function checkMoodle(input, options = {}) {
  const {
    identifier,
    users = [],
    maxGrade,
    minGrade = 0,
    newGradeItem = false,
    gradeColumn,
    separator = 'comma',
    decsep = '.',
  } = options;
  const errors = [];
  const warnings = [];
  const grades = [];
  const result = () => ({ ok: errors.length === 0, errors, warnings, grades, columns });
  let columns = [];

  if (!MOODLE_USER_FIELD[identifier]) {
    throw new TypeError(`identifier must be one of ${Object.keys(MOODLE_USER_FIELD).join(', ')}`);
  }

  // csv_import_reader::load_csv_content(): convert encoding, trim BOM,
  // normalise CR/CRLF to LF, trim() the whole content.
  const bytes = toBytes(input);
  const { text: decoded, valid } = decodeUtf8(bytes);
  if (!valid) {
    errors.push('The file is not valid UTF-8. With Encoding "UTF-8", Moodle (core_text::convert → fix_utf8) silently drops the invalid bytes, which corrupts names and identifiers.');
  }
  let text = decoded.startsWith(BOM) ? decoded.slice(1) : decoded;
  text = text.replace(/\r\n?/g, '\n');
  text = separator === 'tab'
    ? text.replace(/^[ \n\r\0\x0B]+|[ \n\r\0\x0B]+$/g, '')
    : phpTrim(text);

  const delim = { comma: ',', semicolon: ';', colon: ':', tab: '\t' }[separator] ?? ',';
  const parsed = parsePhpCsv(text, delim);
  // fgetcsv() gives [null] for a blank line; csvlib drops those.
  const records = [];
  let physical = 1;
  for (const r of parsed) {
    const lineNo = physical;
    physical += 1 + (r.raws ? r.raws.join('').split('\n').length - 1 : 0);
    if (r.fields.length === 1 && r.fields[0] === null) continue;
    records.push({ ...r, lineNo });
  }
  if (records.length === 0) {
    errors.push('CSV file is empty (Moodle: csvemptyfile).');
    return result();
  }

  // Every record must have as many fields as the header (csvweirdcolumns).
  const width = records[0].fields.length;
  const bad = records.filter((r) => r.fields.length !== width);
  if (bad.length) {
    errors.push(`Invalid CSV file format - number of columns is not constant (Moodle: csvweirdcolumns). Header has ${width} fields; line(s) ${bad.map((r) => `${r.lineNo} (${r.fields.length})`).join(', ')} differ.`);
    return result();
  }

  // trim_headers(): trim + PARAM_RAW.
  columns = records[0].fields.map((h) => phpTrim(h ?? ''));

  // Find the identifier column the way the teacher would pick "Map from".
  const accepted = MOODLE_IDENTIFIER_HEADERS[identifier];
  const idCols = columns
    .map((h, idx) => (accepted.includes(normHeader(h)) ? idx : -1))
    .filter((idx) => idx >= 0);
  if (idCols.length === 0) {
    errors.push(`No identifier column for "${identifier}": no header is one of ${accepted.map((a) => `"${a}"`).join(', ')} (case-insensitive). Moodle needs a column whose values are the users' ${MOODLE_USER_FIELD[identifier]} to map from.`);
    return result();
  }
  if (idCols.length > 1) {
    errors.push(`More than one column could be the "${identifier}" identifier: ${idCols.map((i) => `"${columns[i]}"`).join(', ')}.`);
    return result();
  }
  const idCol = idCols[0];
  if (idCol !== 0) {
    warnings.push(`The identifier column is column ${idCol + 1}; "Map from" defaults to the first column, so the teacher must change it to "${columns[idCol]}".`);
  }

  // Which columns carry grades / feedback.
  const otherIdHeaders = new Set(Object.values(MOODLE_IDENTIFIER_HEADERS).flat());
  let gradeCols = [];
  const feedbackCols = [];
  columns.forEach((h, idx) => {
    if (idx === idCol) return;
    const nh = normHeader(h);
    if (MOODLE_FEEDBACK_HEADER.test(nh)) feedbackCols.push(idx);
    else if (MOODLE_NAME_HEADERS.test(nh) || otherIdHeaders.has(nh)) { /* left on Ignore */ }
    else gradeCols.push(idx);
  });
  if (gradeColumn !== undefined) {
    const idx = typeof gradeColumn === 'number' ? gradeColumn : columns.findIndex((h) => h === gradeColumn);
    if (idx < 0 || idx >= columns.length) {
      errors.push(`Grade column ${JSON.stringify(gradeColumn)} is not in the header.`);
      return result();
    }
    gradeCols = [idx];
  }
  if (gradeCols.length === 0) {
    errors.push('No grade column: every column is the identifier, a name column or a feedback column.');
    return result();
  }
  if (feedbackCols.length && newGradeItem) {
    warnings.push('Feedback can only be mapped to "Feedback for <existing grade item>"; a grade item created by this import ("New grade item") has no feedback option, so the feedback column would have to be ignored. Create the grade item first.');
  }
  if (feedbackCols.length > 1) {
    warnings.push(`${feedbackCols.length} feedback columns; each must be mapped to a different grade item's feedback (Moodle rejects two columns mapped to the same target: cannotmapfield).`);
  }

  // Range.  Since MDL-50650 (MOODLE_401_STABLE and later) insert_grade_record()
  // rejects values outside the grade item's grademin..grademax.  A new grade
  // item gets grade_item's defaults, 0..100.  Older releases rejected only
  // values above $CFG->gradepointmax (100 unless "unlimited grades") and then
  // silently clamped to the item's range on commit.
  let hi = maxGrade;
  let lo = minGrade;
  if (newGradeItem) {
    if (maxGrade !== undefined && Number(maxGrade) !== 100) {
      warnings.push(`A "New grade item" is created with Moodle's default maximum of 100, not ${maxGrade}; grades would show out of 100. Create a manual grade item with maximum ${maxGrade} and map to it instead.`);
    }
    hi = 100;
    lo = 0;
  }
  if (hi === undefined) throw new TypeError('maxGrade is required');

  const field = MOODLE_USER_FIELD[identifier];
  const caseInsensitive = field === 'username' || field === 'email';
  const seen = new Map();

  for (const rec of records.slice(1)) {
    // prepare_import_grade_data(): lines with one field carry no data.
    if (rec.fields.length <= 1) continue;
    const where = `line ${rec.lineNo}`;
    const values = rec.fields.map((v) => phpTrim(v ?? ''));
    rec.raws?.forEach((raw, idx) => {
      if (raw.includes('\\"')) {
        warnings.push(`${where}, column "${columns[idx]}": contains \\" – PHP's fgetcsv() treats backslash as an escape character, so this field may not split the way an RFC 4180 reader expects.`);
      }
    });

    // check_user_exists(): exactly one user must have the value
    // (username and email case-insensitive, idnumber exact).
    const idValue = values[idCol];
    let user = null;
    const matches = users.filter((u) => {
      const have = u?.[field];
      if (have === undefined || have === null) return false;
      return caseInsensitive
        ? String(have).toLowerCase() === idValue.toLowerCase()
        : String(have) === idValue;
    });
    if (idValue === '') {
      errors.push(`${where}: the ${MOODLE_USER_LABEL[identifier]} is empty; Moodle cannot map the row to a user and the whole import fails (usermappingerror / usermappingerrorusernotfound).`);
    } else if (matches.length === 0) {
      errors.push(`${where}: User mapping error: Could not find user with ${MOODLE_USER_LABEL[identifier]} of "${idValue}".`);
    } else if (matches.length > 1) {
      errors.push(`${where}: User mapping error: Multiple users found with ${MOODLE_USER_LABEL[identifier]} of "${idValue}".`);
    } else {
      user = matches[0];
      const key = caseInsensitive ? idValue.toLowerCase() : idValue;
      if (seen.has(key)) {
        warnings.push(`${where}: ${MOODLE_USER_LABEL[identifier]} "${idValue}" already appeared on line ${seen.get(key)}; the later row wins.`);
      } else {
        seen.set(key, rec.lineNo);
      }
    }

    const feedback = feedbackCols.length ? values[feedbackCols[0]] : undefined;
    for (const gc of gradeCols) {
      const raw = values[gc];
      let grade = null;
      let valueOk = true;
      // update_grade_item(): '' or '-' is "no grade"; otherwise
      // unformat_float($value, true) must succeed.
      if (raw === '' || raw === '-') {
        grade = null;
      } else {
        let s = raw.replace(/ /g, '');
        s = s.split(decsep).join('.');
        if (!PHP_NUMERIC.test(s)) {
          errors.push(`${where}, column "${columns[gc]}": Supplied grade is invalid ("${raw}" is not a number Moodle accepts; use ASCII digits and "${decsep}" as the decimal separator).`);
          valueOk = false;
        } else {
          grade = Number(s);
          if (grade > hi) {
            errors.push(`${where}, column "${columns[gc]}": One of the grade values is larger than the allowed grade maximum of ${hi} (${raw}).`);
            valueOk = false;
          } else if (grade < lo) {
            errors.push(`${where}, column "${columns[gc]}": One of the grade values is smaller than the allowed grade minimum of ${lo} (${raw}).`);
            valueOk = false;
          }
        }
      }
      if (user && valueOk) {
        const entry = { user, grade, column: columns[gc], line: rec.lineNo };
        if (feedback !== undefined) entry.feedback = feedback;
        grades.push(entry);
      }
    }
  }
  if (records.length === 1) warnings.push('The file has a header but no student rows.');
  return result();
}

// ================================================================ Canvas ==

// GradebookImporter::NON_ASSIGNMENT_COLUMN_HEADERS: any header *containing*
// one of these (also "Unposted ..." variants) is not an assignment.
const CANVAS_NON_ASSIGNMENT = /Current Score|Current Points|Current Grade|Final Score|Final Points|Final Grade|Override Score|Override Grade|Override Status/;

// CSV::Converters[:decimal_comma_to_period] from gradebook_importer.rb.
function decimalCommaToPeriod(field) {
  if (typeof field !== 'string') return field;
  if (!/^-?[0-9.,]+%?$/.test(field)) return field;
  const parts = field.split(/[,.]/);
  const last = parts.pop();
  return parts.length === 0 ? last : [parts.join(''), last].join('.');
}

// Ruby String#to_i.
function rubyToI(s) {
  const m = /^\s*([+-]?\d+)/.exec(String(s ?? '').replace(/_/g, ''));
  return m ? parseInt(m[1], 10) : 0;
}
// Ruby String#strip (ASCII whitespace and NUL).
const rubyStrip = (s) => (s == null ? s : String(s).replace(/^[\s\0]+|[\s\0]+$/g, ''));
const present = (s) => s != null && /\S/.test(String(s));

// Assignment.title_and_id: "Title (123)" → ["Title", "123"].
function titleAndId(str) {
  const m = /^([\s\S]*)\s\((\d+)\)$/.exec(str);
  return m ? [m[1], m[2]] : [str, null];
}

/**
 * Checks a file against Canvas "Grades > Import" (GradebookImporter#parse!).
 *
 * options:
 *   students     [{name, id, sisUserId, sisLoginId, section, sortableName?}] –
 *                active students of the course (id = Canvas user id)
 *   assignments  [{id, title, pointsPossible}] – existing published assignments
 *                (default none: every grade column is a new assignment)
 *   customColumns [title] – titles of the course's custom gradebook columns
 *
 * Returns {ok, errors, warnings, assignments: [{name, pointsPossible, isNew, id?}],
 *          grades: [{student, assignment, grade, score, excused?, line}], delimiter}.
 */
export function checkCanvas(input, options = {}) {
  const { students = [], assignments: existing = [], customColumns = [] } = options;
  const errors = [];
  const warnings = [];
  const outAssignments = [];
  const grades = [];
  let delimiter = ',';
  const result = () => ({ ok: errors.length === 0, errors, warnings, assignments: outAssignments, grades, delimiter });

  const bytes = toBytes(input);
  const { text, valid, bom } = decodeUtf8(bytes);
  if (!valid) {
    errors.push('The file is not valid UTF-8; Ruby\'s CSV reader raises on the bad bytes and the import fails ("Gradebook import did not parse cleanly").');
    return result();
  }

  // semicolon_delimited?/identify_delimiter: the first three physical lines,
  // parsed with ";" and ","; ";" wins only with more fields on every line.
  const firstLines = [];
  {
    let k = 0;
    while (k < text.length && firstLines.length < 3) {
      const nl = text.indexOf('\n', k);
      const end = nl < 0 ? text.length : nl + 1;
      firstLines.push(text.slice(k, end));
      k = end;
    }
  }
  const counts = {};
  for (const sep of [';', ',']) {
    counts[sep] = 0;
    const c = firstLines.map((l) => rubyParseLineCount(l, sep));
    if (c.every((x) => x !== null) && new Set(c).size === 1) counts[sep] = c[0] ?? 0;
  }
  delimiter = counts[';'] > counts[','] ? ';' : ',';

  // csv_stream: CSV.foreach with converters [:nil, :decimal_comma_to_period],
  // skip_lines /^[;, ]+$/.
  let rows;
  try {
    rows = parseRubyCsv(text, delimiter);
  } catch (e) {
    if (e instanceof MalformedCSVError) {
      let msg = `CSV::MalformedCSVError: ${e.message} Canvas fails the import ("Gradebook import did not parse cleanly").`;
      if (bom && text.startsWith(BOM + '"')) msg += ' The file starts with a BOM followed by a quote: Ruby keeps the BOM, so the first field is unquoted and its quote is illegal. Do not quote the first header cell.';
      errors.push(msg);
      return result();
    }
    throw e;
  }
  rows = rows
    .filter((r) => !/^[;, ]+$/.test(r.raw.replace(/[\r\n]+$/, '')))
    .map((r) => ({ ...r, fields: r.fields.map(decimalCommaToPeriod) }));
  if (rows.length === 0) {
    errors.push('Invalid header row: the file has no rows.');
    return result();
  }

  // ---- header (process_header / header? / update_column_count) ----
  const header = rows[0].fields;
  const h = (k) => (header[k] == null ? null : String(header[k]));
  const hasStudentHeaders =
    (header.length > 3 && h(0) !== null && h(0).includes('Student') && h(1) !== null && h(1).includes('ID'));
  if (h(0) === null || h(1) === null) {
    errors.push('Invalid header row: the first two header cells must be "Student" and "ID" (an empty cell makes Canvas\'s importer crash).');
    return result();
  }
  if (!hasStudentHeaders) {
    errors.push(`Invalid header row: Canvas needs at least 4 columns, the first containing "Student" and the second containing "ID" (got ${JSON.stringify(header.slice(0, 2))}). Keep these headers in English.`);
    return result();
  }
  const customIdx = new Map();
  header.forEach((title, idx) => {
    if (title == null) return;
    if (['Student', 'LastName', 'FirstName', 'ID', 'SIS User ID', 'SIS Login ID', 'Section', 'Integration ID', 'Root Account'].includes(title)) return;
    if (customColumns.includes(title) && !customIdx.has(title)) customIdx.set(title, idx);
  });
  let studentColumns = 3;
  const nameCount = 3;
  let sisUserIdCol = null;
  let sisLoginIdCol = null;
  let rootAccountCol = null;
  if (h(nameCount - 1) !== null && /SIS\s+Login\s+ID/.test(h(nameCount - 1))) {
    sisLoginIdCol = nameCount - 1;
    studentColumns += 1;
  } else if (h(nameCount - 1) !== null && /SIS\s+User\s+ID/.test(h(nameCount - 1)) && h(nameCount) !== null && /SIS\s+Login\s+ID/.test(h(nameCount))) {
    const integ = h(nameCount + 1) !== null && /Integration\s+ID/.test(h(nameCount + 1)) ? 1 : 0;
    sisUserIdCol = nameCount - 1;
    sisLoginIdCol = nameCount;
    studentColumns += 2 + integ;
    if (h(nameCount + 1 + integ) !== null && /Root\s+Account/.test(h(nameCount + 1 + integ))) {
      studentColumns += 1;
      rootAccountCol = nameCount + 1 + integ;
    }
  } else if (h(nameCount - 1) !== null && /SIS\s+User\s+ID/.test(h(nameCount - 1))) {
    warnings.push('"SIS User ID" is only recognised when "SIS Login ID" is the next column.');
  }
  studentColumns += customIdx.size;
  const lastInfo = header[studentColumns - (1 + customIdx.size)];
  if (lastInfo == null || !String(lastInfo).includes('Section')) {
    errors.push(`Invalid header row: the last student-information column (column ${studentColumns - customIdx.size}) must be "Section" (got ${JSON.stringify(lastInfo)}). Order: Student, ID, [SIS User ID, SIS Login ID, [Integration ID], [Root Account]], Section, assignments…`);
    return result();
  }
  if (rootAccountCol !== null) warnings.push('"Root Account" column present: SIS IDs are looked up in the account named there.');

  // Assignment columns: after the student columns, minus non-assignment and
  // custom columns; each header is matched by "(id)" suffix, then exact title.
  const byId = new Map(existing.map((a) => [Number(a.id), a]));
  const assignmentCols = [];
  const usedHeaders = new Set();
  header.forEach((title, idx) => {
    if (idx < studentColumns) return;
    if (title == null) return;
    if ([...customIdx.values()].includes(idx)) return;
    if (CANVAS_NON_ASSIGNMENT.test(title)) return;
    // calc_assignment_indices uses original_header_row.index(header): a
    // repeated header reads the first column with that text.
    const firstIdx = header.indexOf(title);
    if (usedHeaders.has(title)) {
      warnings.push(`Header "${title}" appears twice; Canvas reads grades for both from column ${firstIdx + 1}.`);
    }
    usedHeaders.add(title);
    const [t, id] = titleAndId(title);
    let a = id != null ? byId.get(Number(id)) : undefined;
    if (!a) a = existing.find((x) => x.title === title);
    const entry = a
      ? { name: a.title, pointsPossible: a.pointsPossible ?? null, isNew: false, id: a.id, col: firstIdx, header: title }
      : { name: t || title, pointsPossible: null, isNew: true, col: firstIdx, header: title };
    if (entry.isNew && id != null) {
      warnings.push(`Header "${title}" ends in " (${id})": Canvas reads that as assignment id ${id}; with no such assignment the new assignment is named "${t}" (the parenthesis is dropped).`);
    }
    assignmentCols.push(entry);
  });
  header.forEach((title, idx) => {
    if (idx >= studentColumns && title != null && CANVAS_NON_ASSIGNMENT.test(title)) {
      warnings.push(`Column "${title}" is ignored by Canvas (its header contains a read-only total name).`);
    }
  });
  if (assignmentCols.length === 0) {
    errors.push('No assignment columns after "Section"; Canvas would find nothing to import.');
    return result();
  }

  // ---- rows ----
  let ppRow = null;
  const studentRows = [];
  for (const r of rows.slice(1)) {
    const f = r.fields;
    if (f[0] != null && String(f[0]).includes('Points Possible')) {
      ppRow = r;
      continue;
    }
    const nonNil = f.filter((x) => x != null);
    if (nonNil.every((x) => /^\s*(Muted|Manual Posting.*)?\s*$/i.test(x))) continue;
    studentRows.push(r);
  }

  // process_pp / readonly_assignment?
  const columnsOut = [];
  for (const a of assignmentCols) {
    const pp = ppRow ? ppRow.fields[a.col] : null;
    if (pp != null && /read\s+only/.test(String(pp))) {
      warnings.push(`Column "${a.header}" is marked read only in the Points Possible row and is ignored.`);
      continue;
    }
    if (a.isNew) {
      if (pp != null && present(pp)) {
        const s = rubyStrip(String(pp));
        if (!/^[+-]?\d*\.?\d+$/.test(s)) {
          errors.push(`Points Possible for "${a.header}" is "${pp}", not a number.`);
        } else {
          a.pointsPossible = Number(s);
        }
      } else {
        warnings.push(`No Points Possible for new assignment "${a.header}": the teacher must type it on the "assignments not found" step.`);
      }
    }
    columnsOut.push(a);
  }
  if (columnsOut.length === 0) {
    errors.push('Every assignment column is marked read only; Canvas would report that no changes were detected.');
    return result();
  }
  for (const a of columnsOut) {
    outAssignments.push(a.isNew
      ? { name: a.name, pointsPossible: a.pointsPossible, isNew: true }
      : { name: a.name, pointsPossible: a.pointsPossible, isNew: false, id: a.id });
  }

  // process_student: ID column, then SIS User ID, then SIS Login ID, then
  // exact display name or sortable name.
  const byCanvasId = new Map(students.filter((s) => s.id != null && s.id !== '').map((s) => [Number(s.id), s]));
  const seenStudents = new Map();
  for (const r of studentRows) {
    const f = r.fields;
    const where = `line ${r.line}`;
    let student = null;
    let how = null;
    const rawId = f[1];
    if (present(rawId)) {
      student = byCanvasId.get(rubyToI(rawId)) ?? null;
      if (student) how = 'ID';
    }
    if (!student && sisUserIdCol !== null && present(f[sisUserIdCol])) {
      const v = String(f[sisUserIdCol]);
      student = students.find((s) => s.sisUserId != null && String(s.sisUserId) === v) ?? null;
      if (student) how = 'SIS User ID';
    }
    if (!student && sisLoginIdCol !== null && present(f[sisLoginIdCol])) {
      const v = String(f[sisLoginIdCol]);
      student = students.find((s) => s.sisLoginId != null && String(s.sisLoginId) === v) ?? null;
      if (student) how = 'SIS Login ID';
    }
    if (!student) {
      const name = f[0] == null ? null : String(f[0]);
      student = students.find((s) => s.name === name || (s.sortableName != null && s.sortableName === name)) ?? null;
      if (student) how = 'name';
    }
    if (!student) {
      const tried = [
        present(rawId) ? `ID "${rawId}"` : null,
        sisUserIdCol !== null && present(f[sisUserIdCol]) ? `SIS User ID "${f[sisUserIdCol]}"` : null,
        sisLoginIdCol !== null && present(f[sisLoginIdCol]) ? `SIS Login ID "${f[sisLoginIdCol]}"` : null,
        `name "${f[0] ?? ''}"`,
      ].filter(Boolean).join(', ');
      errors.push(`${where}: no student in the course matches (${tried}). Canvas would stop on "students not found" and the teacher would have to pick the student by hand or ignore the row.`);
      continue;
    }
    if (how === 'name') {
      warnings.push(`${where}: "${f[0]}" matched only by exact name; give SIS User ID / SIS Login ID for a reliable match.`);
    }
    if (seenStudents.has(student)) {
      warnings.push(`${where}: ${student.name} already appeared on line ${seenStudents.get(student)}.`);
    } else {
      seenStudents.set(student, r.line);
    }

    // process_submissions + Assignment#interpret_grade for a points assignment.
    for (const a of columnsOut) {
      const g = rubyStrip(f[a.col]);
      if (g == null || g === '' || g === '-') continue; // no score
      const entry = { student, assignment: a.name, grade: g, score: null, line: r.line };
      if (/^ex(cused)?$/i.test(g)) {
        entry.excused = true;
        grades.push(entry);
        continue;
      }
      if (/^[+-]?\d*\.?\d+$/.test(g)) {
        entry.score = Number(g);
      } else if (/^[+-]?\d*\.?\d+%$/.test(g)) {
        entry.score = a.pointsPossible == null ? null : (a.pointsPossible * parseFloat(g)) / 100;
        warnings.push(`${where}, "${a.header}": "${g}" is a percentage of points possible.`);
      } else if (g === 'pass' || g === 'complete' || g === 'fail' || g === 'incomplete') {
        entry.score = g === 'pass' || g === 'complete' ? a.pointsPossible : 0;
        warnings.push(`${where}, "${a.header}": "${g}" is read as ${entry.score} points.`);
      } else {
        errors.push(`${where}, "${a.header}": "${g}" is not a score Canvas understands for a points assignment (it would be saved with no score). Use ASCII digits with "." as the decimal point.`);
        continue;
      }
      if (a.pointsPossible != null && entry.score != null && entry.score > a.pointsPossible) {
        warnings.push(`${where}, "${a.header}": ${g} is above points possible (${a.pointsPossible}); Canvas accepts it (shown as extra credit).`);
      }
      if (entry.score != null && entry.score < 0) {
        warnings.push(`${where}, "${a.header}": negative score ${g}; Canvas accepts it.`);
      }
      grades.push(entry);
    }
  }
  if (studentRows.length === 0) warnings.push('No student rows.');
  return result();
}
