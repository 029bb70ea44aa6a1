//! Which text encoding a file's bytes are in: decided by a byte order mark
//! or by valid UTF-8, guessed otherwise (the browser's own decoder reads
//! the legacy encodings, so the app carries no tables for them).

/// The encodings a file can be read as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    /// UTF-8 (with or without a byte order mark).
    Utf8,
    /// UTF-16, little-endian (Notepad's "Unicode").
    Utf16Le,
    /// UTF-16, big-endian.
    Utf16Be,
    /// Windows-1256: what Arabic Windows, Excel and Notepad write.
    Windows1256,
    /// ISO-8859-6: older Arabic web pages and mail.
    Iso8859_6,
    /// Windows-1252, for Latin-script files.
    Windows1252,
}

impl Encoding {
    /// Every encoding offered in a preview, most likely first.
    pub const ALL: [Encoding; 6] = [
        Encoding::Windows1256,
        Encoding::Utf8,
        Encoding::Utf16Le,
        Encoding::Utf16Be,
        Encoding::Iso8859_6,
        Encoding::Windows1252,
    ];

    /// The WHATWG label the browser's `TextDecoder` takes.
    pub fn label(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Utf16Le => "utf-16le",
            Encoding::Utf16Be => "utf-16be",
            Encoding::Windows1256 => "windows-1256",
            Encoding::Iso8859_6 => "iso-8859-6",
            Encoding::Windows1252 => "windows-1252",
        }
    }

    /// The name people know it by (the same in both languages).
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "UTF-8",
            Encoding::Utf16Le => "UTF-16 LE",
            Encoding::Utf16Be => "UTF-16 BE",
            Encoding::Windows1256 => "Windows-1256",
            Encoding::Iso8859_6 => "ISO-8859-6",
            Encoding::Windows1252 => "Windows-1252",
        }
    }

    /// The encoding with `label`, if offered.
    pub fn from_label(label: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|encoding| encoding.label() == label)
    }
}

/// What the bytes say about their encoding.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sniffed {
    /// The bytes decide it: a byte order mark, or valid UTF-8.
    Decided(Encoding),
    /// Not decided; this is the likeliest (the reader is asked to confirm).
    Guessed(Encoding),
    /// Not text at all (an image, an archive): zero bytes or many control
    /// characters that no text has.
    Binary,
}

/// Sniffs the encoding of `bytes`: a byte order mark decides; UTF-16
/// without a mark shows as zero bytes in every other position (a guess);
/// other zero bytes or many control characters mean it is not text; valid
/// UTF-8 decides; anything else is most likely Windows-1256.
pub fn sniff(bytes: &[u8]) -> Sniffed {
    match bytes {
        [0xEF, 0xBB, 0xBF, ..] => return Sniffed::Decided(Encoding::Utf8),
        [0xFF, 0xFE, ..] => return Sniffed::Decided(Encoding::Utf16Le),
        [0xFE, 0xFF, ..] => return Sniffed::Decided(Encoding::Utf16Be),
        _ => {}
    }
    let sample = &bytes[..bytes.len().min(4096) & !1];
    let zeros = |parity: usize| sample.iter().skip(parity).step_by(2).filter(|byte| **byte == 0).count();
    let pairs = sample.len() / 2;
    if pairs > 0 && zeros(1) * 4 > pairs && zeros(0) * 4 < pairs {
        Sniffed::Guessed(Encoding::Utf16Le)
    } else if pairs > 0 && zeros(0) * 4 > pairs && zeros(1) * 4 < pairs {
        Sniffed::Guessed(Encoding::Utf16Be)
    } else if looks_binary(sample) {
        Sniffed::Binary
    } else if std::str::from_utf8(bytes).is_ok() {
        Sniffed::Decided(Encoding::Utf8)
    } else {
        Sniffed::Guessed(Encoding::Windows1256)
    }
}

/// A zero byte, or more than one byte in twenty a control character that
/// texts do not use (tab, line breaks, form feed and escape are fine).
fn looks_binary(sample: &[u8]) -> bool {
    let controls = sample.iter().filter(|byte| **byte < 0x20 && !b"\t\n\r\x0c\x1b".contains(byte)).count();
    sample.contains(&0) || controls * 20 > sample.len()
}

/// Decodes `bytes` as `encoding` when the core can (UTF-8 and UTF-16),
/// without a byte order mark; `None` for invalid bytes or a legacy
/// encoding (which the browser decodes).
pub fn decode_unicode(bytes: &[u8], encoding: Encoding) -> Option<String> {
    let text = match encoding {
        Encoding::Utf8 => std::str::from_utf8(bytes).ok()?.to_string(),
        Encoding::Utf16Le | Encoding::Utf16Be => {
            if bytes.len() % 2 != 0 {
                return None;
            }
            let units = bytes.chunks_exact(2).map(|pair| match encoding {
                Encoding::Utf16Le => u16::from_le_bytes([pair[0], pair[1]]),
                _ => u16::from_be_bytes([pair[0], pair[1]]),
            });
            char::decode_utf16(units).collect::<Result<String, _>>().ok()?
        }
        _ => return None,
    };
    Some(text.strip_prefix('\u{feff}').map(str::to_string).unwrap_or(text))
}
