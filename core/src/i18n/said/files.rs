//! Words with sizes and names of files: sizes as people read them, files
//! saved or not, a file too large, and the browser's storage in use.

use crate::i18n::lang::Lang;
use crate::i18n::words::{tr, Text};

/// A size in bytes as people read it: `31457838` is "30.0 MB" (units of
/// 1,024), small sizes in bytes.
pub fn size(lang: Lang, bytes: usize) -> String {
    const KB: f64 = 1024.0;
    let size = bytes as f64;
    let (value, unit) = if size >= KB * KB * KB {
        (format!("{:.1}", size / (KB * KB * KB)), tr(lang, Text::UnitGigabytes))
    } else if size >= KB * KB {
        (format!("{:.1}", size / (KB * KB)), tr(lang, Text::UnitMegabytes))
    } else if size >= KB {
        (format!("{:.1}", size / KB), tr(lang, Text::UnitKilobytes))
    } else {
        (bytes.to_string(), tr(lang, Text::UnitBytes))
    };
    format!("{value} {unit}")
}

/// A file larger than the limit.
pub fn too_large(lang: Lang, bytes: usize, limit: usize) -> String {
    let (size, limit) = (size(lang, bytes), size(lang, limit));
    match lang {
        Lang::Arabic => format!("حجم الملف {size}، والحد الأقصى {limit}."),
        Lang::English => format!("The file is {size}; the limit is {limit}."),
    }
}

/// Notice: file `name` was handed to the browser to save.
pub fn file_saved(lang: Lang, name: &str) -> String {
    let name = format!("\u{2068}{name}\u{2069}");
    match lang {
        Lang::Arabic => format!("حُفظ الملف {name}."),
        Lang::English => format!("Saved the file {name}."),
    }
}

/// Notice: the browser refused to save file `name`, and why.
pub fn download_failed(lang: Lang, name: &str, reason: &str) -> String {
    let name = format!("\u{2068}{name}\u{2069}");
    match lang {
        Lang::Arabic => format!("تعذّر حفظ الملف {name}: رفض المتصفح ({reason}). لم يُفقد شيء؛ حاول مرة أخرى."),
        Lang::English => format!("Could not save {name}: the browser refused ({reason}). Nothing was lost; try again."),
    }
}

/// Settings: the storage used of what the browser allows, in bytes.
pub fn storage_use(lang: Lang, used: usize, quota: usize) -> String {
    let (used, quota) = (size(lang, used), size(lang, quota));
    match lang {
        Lang::Arabic => format!("المستخدم {used} من {quota} متاحة لهذه الصفحة."),
        Lang::English => format!("{used} used of {quota} available to this page."),
    }
}
