//! Diagnostics about a model: what is wrong, where, and what to do about it.
//!
//! Every stage before the solver (load, validate) reports problems as [`Diagnostic`]s and goes
//! on, so that a user sees all problems of a file at once. Messages are one line, lower case,
//! with the user's own words in backticks; help says what to write instead. Every text is
//! written in English and in Dutch ([`Said`]); the code, the place and the user's own words are
//! the same in both.

use crate::lang::Lang;
use crate::language::source::{SourceFile, Span};
use std::fmt::Write as _;

/// A text of a diagnostic in both languages.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Said {
    pub en: String,
    pub nl: String,
}

impl Said {
    pub fn new(en: impl Into<String>, nl: impl Into<String>) -> Self {
        Said {
            en: en.into(),
            nl: nl.into(),
        }
    }

    pub fn get(&self, lang: Lang) -> &str {
        lang.pick(&self.en, &self.nl)
    }

    pub fn is_empty(&self) -> bool {
        self.en.is_empty()
    }
}

impl From<crate::lang::Text> for Said {
    fn from(text: crate::lang::Text) -> Self {
        Said::new(text.en, text.nl)
    }
}

/// `said!("English {x}", "Nederlands {x}", x)`: a [`Said`] with both texts formatted; arguments
/// after the two texts serve both, as `format!`'s do.
macro_rules! said {
    ($en:literal, $nl:literal $(, $arg:expr)* $(,)?) => {
        $crate::language::diagnostic::Said {
            en: format!($en $(, $arg)*),
            nl: format!($nl $(, $arg)*),
        }
    };
}
pub(crate) use said;

/// One problem in a model file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// A stable kebab-case code, e.g. `unknown-reference`.
    pub code: &'static str,
    pub message: Said,
    /// Where the problem is. `None` for problems with the file as a whole (unreadable, too large).
    pub span: Option<Span>,
    /// The text under the caret.
    pub label: Said,
    /// Other places that explain this one, e.g. where a duplicate id was first defined.
    pub notes: Vec<(Span, Said)>,
    pub help: Option<Said>,
}

impl Diagnostic {
    pub fn new(code: &'static str, span: Span, message: impl Into<Said>) -> Self {
        Diagnostic {
            code,
            message: message.into(),
            span: Some(span),
            label: Said::default(),
            notes: Vec::new(),
            help: None,
        }
    }

    /// A problem with the file as a whole.
    pub fn file(code: &'static str, message: impl Into<Said>) -> Self {
        Diagnostic {
            span: None,
            ..Diagnostic::new(code, Span::default(), message)
        }
    }

    pub fn label(mut self, label: impl Into<Said>) -> Self {
        self.label = label.into();
        self
    }

    pub fn note(mut self, span: Span, text: impl Into<Said>) -> Self {
        self.notes.push((span, text.into()));
        self
    }

    pub fn help(mut self, help: impl Into<Said>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Renders the diagnostic against its file, in English.
    pub fn render(&self, file: &SourceFile) -> String {
        self.render_in(file, Lang::En)
    }

    /// Renders the diagnostic against its file, in `lang`.
    pub fn render_in(&self, file: &SourceFile, lang: Lang) -> String {
        let (error, note, help) = match lang {
            Lang::En => ("error", "note", "help"),
            Lang::Nl => ("fout", "noot", "hulp"),
        };
        let mut out = format!("{error}[{}]: {}\n", self.code, self.message.get(lang));
        match self.span {
            Some(span) => out.push_str(&file.excerpt(span, self.label.get(lang))),
            None => {
                let _ = writeln!(out, " --> {}", file.path);
            }
        }
        for (span, text) in &self.notes {
            let _ = writeln!(out, "{note}: {}", text.get(lang));
            out.push_str(&file.excerpt(*span, ""));
        }
        if let Some(text) = &self.help {
            let pad = " ".repeat(self.span.map_or(1, |span| file.gutter(span)));
            let _ = writeln!(out, "{pad} = {help}: {}", text.get(lang));
        }
        // A file, a key or a name may hold characters that would drive the reader's terminal.
        crate::language::source::printable(&out).into_owned()
    }
}

/// The help that suggests a name: "did you mean `name`?".
pub fn suggest(name: &str) -> Said {
    said!("did you mean `{name}`?", "bedoelt u `{name}`?")
}

/// The known name closest to `wanted`, if one is close enough to be a likely typo.
pub fn did_you_mean<'a>(wanted: &str, known: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let limit = (wanted.chars().count() / 3).max(1);
    let length = wanted.chars().count();
    known
        .into_iter()
        .filter(|candidate| candidate.chars().count().abs_diff(length) <= limit)
        .map(|candidate| (edit_distance(wanted, candidate), candidate))
        .filter(|&(distance, _)| distance <= limit)
        .min()
        .map(|(_, candidate)| candidate)
}

/// Edit distance over characters, counting a swap of two neighbours as one edit (optimal
/// string alignment), since `vgn` for `vng` is the typo people make.
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            d[i][j] = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d[i][j] = d[i][j].min(d[i - 2][j - 2] + 1);
            }
        }
    }
    d[a.len()][b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_the_nearest_known_name() {
        let known = ["vws", "zn", "vng"];
        assert_eq!(did_you_mean("vgn", known), Some("vng"));
        assert_eq!(did_you_mean("minfin", known), None);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("vgn", "vng"), 1);
    }
}
