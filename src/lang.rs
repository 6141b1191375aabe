//! The language of what `toets` says: English or Dutch.
//!
//! Every text a person reads (rule titles and explanations, verdicts, counterexamples, the
//! elements a proof rests on, report headings) exists in both; the JSON keys, the rule ids and
//! the keywords of the model language do not change with it. The Dutch uses the terms of the
//! agreements themselves: *opdrachtgever*, *toetsing*, *marktleider*, *mandaatgemeente*.

use serde::Serialize;

/// A language a report can be in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    Nl,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Nl];

    /// The language's code, as `--lang` takes it.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Nl => "nl",
        }
    }

    pub fn parse(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The English or the Dutch of a text.
    pub fn pick<'a>(self, en: &'a str, nl: &'a str) -> &'a str {
        match self {
            Lang::En => en,
            Lang::Nl => nl,
        }
    }
}

/// A text in both languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text {
    pub en: &'static str,
    pub nl: &'static str,
}

impl Text {
    pub fn get(self, lang: Lang) -> &'static str {
        lang.pick(self.en, self.nl)
    }
}

/// `say!(lang, "English {x}", "Nederlands {x}")`: the formatted text in `lang`. Arguments
/// after the two texts serve both, as `format!`'s do.
#[macro_export]
macro_rules! say {
    ($lang:expr, $en:literal, $nl:literal $(, $arg:expr)* $(,)?) => {
        match $lang {
            $crate::lang::Lang::En => format!($en $(, $arg)*),
            $crate::lang::Lang::Nl => format!($nl $(, $arg)*),
        }
    };
}
pub use crate::say;
