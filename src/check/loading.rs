//! Loading a model for a check: reading, validating, and applying what the command line
//! overrides; a model that cannot be checked is [`Rejected`] with every problem found.

use super::options::Options;
use super::variants::text_without;
use crate::lang::{Lang, say};
use crate::language::diagnostic::{Diagnostic, said, suggest};
use crate::language::source::SourceFile;
use crate::language::{load, validate};
use crate::model::Model;

/// A model file that could not be checked, with every problem found in it.
#[derive(Debug)]
pub struct Rejected {
    pub file: SourceFile,
    pub diagnostics: Vec<Diagnostic>,
}

impl std::fmt::Display for Rejected {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.render())
    }
}

impl std::error::Error for Rejected {}

impl Rejected {
    /// The diagnostics rendered against the file in English, at most
    /// [`load::MAX_DIAGNOSTICS`] of them.
    pub fn render(&self) -> String {
        self.render_in(Lang::En)
    }

    /// The diagnostics rendered against the file in `lang`, at most [`load::MAX_DIAGNOSTICS`]
    /// of them.
    pub fn render_in(&self, lang: Lang) -> String {
        let mut out = String::new();
        for diagnostic in self.diagnostics.iter().take(load::MAX_DIAGNOSTICS) {
            out.push_str(&diagnostic.render_in(&self.file, lang));
            out.push('\n');
        }
        let hidden = self.diagnostics.len().saturating_sub(load::MAX_DIAGNOSTICS);
        let path = &self.file.path;
        if hidden > 0 {
            out.push_str(&say!(
                lang,
                "... and {hidden} more errors in {path}\n\n",
                "... en nog {hidden} fouten in {path}\n\n",
            ));
        }
        out.push_str(&self.summary(lang));
        out.push('\n');
        out
    }

    /// `path: 3 errors; the model was not checked`, in `lang`.
    pub fn summary(&self, lang: Lang) -> String {
        let path = &self.file.path;
        let n = self.diagnostics.len();
        match (lang, n) {
            (Lang::En, 1) => format!("{path}: 1 error; the model was not checked"),
            (Lang::En, _) => format!("{path}: {n} errors; the model was not checked"),
            (Lang::Nl, 1) => format!("{path}: 1 fout; het model is niet getoetst"),
            (Lang::Nl, _) => format!("{path}: {n} fouten; het model is niet getoetst"),
        }
    }
}

/// Loads and validates the model file at `path`.
pub fn load_file(path: &str) -> Result<Model, Rejected> {
    match load::read_file(path) {
        Ok(file) => load_source(file),
        Err(failure) => {
            let (file, diagnostic) = *failure;
            Err(Rejected {
                file,
                diagnostics: vec![diagnostic],
            })
        }
    }
}

/// Loads and validates model text; the file's path names it in messages.
pub fn load_source(file: SourceFile) -> Result<Model, Rejected> {
    load_validated(file, validate::validate)
}

/// Loads and validates a variant of a model whose quotes have been found already: the
/// documents' texts are not read again (see [`validate::validate_variant`]).
pub(super) fn load_variant(file: SourceFile) -> Result<Model, Rejected> {
    load_validated(file, validate::validate_variant)
}

/// Loads model text and validates it with `validate`; every problem of both stages, in order.
fn load_validated(
    file: SourceFile,
    validate: fn(&SourceFile, &load::Document) -> Result<Model, Vec<Diagnostic>>,
) -> Result<Model, Rejected> {
    let (document, mut diagnostics) = load::parse(&file);
    match validate(&file, &document) {
        Ok(model) if diagnostics.is_empty() => Ok(model),
        Ok(_) => Err(Rejected { file, diagnostics }),
        Err(more) => {
            diagnostics.extend(more);
            diagnostics.sort_by_key(|d| d.span.map(|s| (s.start, s.end)));
            diagnostics.dedup();
            Err(Rejected { file, diagnostics })
        }
    }
}

/// Loads and validates a model file, then applies what `options` overrides in it: the
/// readings taken back (`--without-readings`), the commissioners. A commissioner that is no
/// party of the model is an error of the file.
pub fn load_file_with(path: &str, options: &Options) -> Result<Model, Rejected> {
    let mut model = load_file(path)?;
    if options.without_readings {
        model = without_readings(&model)?;
    }
    if let Some(ids) = &options.commissioners {
        let mut commissioners = Vec::new();
        let mut diagnostics = Vec::new();
        for id in ids {
            match model.party_id(id) {
                Some(p) if !commissioners.contains(&p) => commissioners.push(p),
                Some(_) => {}
                None => {
                    let known = model.parties.iter().map(|p| p.id.as_str());
                    let mut diagnostic = Diagnostic::file(
                        "unknown-reference",
                        said!(
                            "`--commissioners` names `{id}`, which is no party of the model",
                            "`--commissioners` noemt `{id}`, maar dat is geen partij van het model"
                        ),
                    );
                    if let Some(close) = crate::language::diagnostic::did_you_mean(id, known) {
                        diagnostic = diagnostic.help(suggest(close));
                    }
                    diagnostics.push(diagnostic);
                }
            }
        }
        if !diagnostics.is_empty() {
            return Err(Rejected {
                file: model.file,
                diagnostics,
            });
        }
        model.commissioners = commissioners;
    }
    Ok(model)
}

/// The model whose text is `model`'s with every reading taken back: what `--without-readings`
/// checks. A model without readings is itself.
fn without_readings(model: &Model) -> Result<Model, Rejected> {
    let all: Vec<usize> = (0..model.readings.len()).collect();
    load_source(SourceFile::new(
        model.file.path.clone(),
        text_without(model, &all),
    ))
}
