//! `--emit-smt2`: every proof obligation of a check as an SMT-LIB 2 file, for re-checking
//! by any solver ([`crate::logic::smtlib`] writes each one).

use crate::check::Decided;
use crate::logic::smtlib;
use crate::model::Model;

/// Writes every decided obligation of a model as `DIR/<model>/<rule>/<subject>-<n>.smt2`,
/// `<model>` being the file's name without `.toml` and `<n>` counting the cases of one rule
/// and subject from 1. Each file is written to a temporary name and renamed, so that a crash
/// never leaves half a file. Returns the paths written.
pub fn emit(
    dir: &std::path::Path,
    model: &Model,
    decided: &[Decided],
) -> std::io::Result<Vec<std::path::PathBuf>> {
    let model_path = &model.file.path;
    let stem = std::path::Path::new(model_path)
        .file_stem()
        .map_or_else(|| "model".to_string(), |s| file_name(&s.to_string_lossy()));
    let mut written = Vec::new();
    let mut previous: Option<(&str, Option<&str>)> = None;
    let mut case = 0;
    for d in decided {
        let key = (d.obligation.rule, d.obligation.subject.as_deref());
        case = if previous == Some(key) { case + 1 } else { 1 };
        previous = Some(key);
        let subject = file_name(key.1.unwrap_or("model"));
        let folder = dir.join(&stem).join(d.obligation.rule);
        std::fs::create_dir_all(&folder)?;
        let path = folder.join(format!("{subject}-{case}.smt2"));
        write_atomically(&path, &smtlib::write(model, &d.obligation, &d.outcome))?;
        written.push(path);
    }
    Ok(written)
}

/// A file name made of the characters that are safe on every file system.
fn file_name(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

/// Writes `text` to a temporary file beside `path`, then renames it into place.
pub fn write_atomically(path: &std::path::Path, text: &str) -> std::io::Result<()> {
    let mut temporary = path.as_os_str().to_owned();
    temporary.push(format!(".tmp{}", std::process::id()));
    let temporary = std::path::PathBuf::from(temporary);
    std::fs::write(&temporary, text)?;
    std::fs::rename(&temporary, path).inspect_err(|_| {
        let _ = std::fs::remove_file(&temporary);
    })
}
