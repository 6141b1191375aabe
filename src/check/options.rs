//! How to check: what the command line sets over a model.

use crate::lang::Lang;
use crate::logic::solve::Limits;
use crate::model::Model;

/// How to check.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// The solver's resource limit per obligation; when `None`, the model's `rlimit`, else
    /// [`Limits::default`].
    pub rlimit: Option<u32>,
    /// How many threads solve obligations; when `None`, as many as the machine has cores.
    /// The report is the same whatever the number.
    pub jobs: Option<usize>,
    /// The language of the report's texts.
    pub lang: Lang,
    /// The years the money rules check, overriding the model's `years`.
    pub years: Option<(i32, i32)>,
    /// The rules that apply, overriding the model's `rules`; every rule when neither names any.
    pub rules: Option<Vec<String>>,
    /// The commissioners whose equality is checked, overriding the model's `commissioners`
    /// (applied by [`super::load_file_with`]).
    pub commissioners: Option<Vec<String>>,
    /// Decide everything on the texts alone: every reading of the modeller's taken back
    /// (applied by [`super::load_file_with`]).
    pub without_readings: bool,
    /// Do not work out how each verdict depends on the readings (which checks the model once
    /// more per reading).
    pub skip_sensitivity: bool,
}

impl Options {
    /// The number of solver threads.
    pub fn jobs(&self) -> usize {
        self.jobs.unwrap_or_else(|| {
            std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get)
        })
    }

    /// The limits for a model: the command line's, else the model's, else the default.
    pub fn limits(&self, model: &Model) -> Limits {
        match self.rlimit.or(model.rlimit) {
            Some(rlimit) => Limits { rlimit },
            None => Limits::default(),
        }
    }
}
