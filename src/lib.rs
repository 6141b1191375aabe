//! `toets` checks the governance structure of a draft health agreement against the conditions
//! of equal commissioning and joint plan review, and proves or refutes each one with Z3.
//!
//! The stages, one folder each, data flowing one way: [`language`] (load, validate) →
//! [`model`] (the model and its graph) → [`logic`] (encode through [`rules`], solve) → explain
//! (each rule's counterexample, [`verdict`]) → [`report`]. [`check`] runs them;
//! [`logic::smtlib`] writes the obligations out for other solvers. How to use toets in a
//! review pipeline, from the command line or as this library: docs/pipelines.md.
//!
//! For a program that checks drafts, [`check_file`] and [`check_str`] are the whole pipeline:
//!
//! ```
//! let report = toets::check_file("models/vng-conditions-2024.toml").expect("a valid model");
//! assert_eq!(report.summary.violated, 0);
//! print!("{report}"); // the text report; `serde_json::to_string(&report)` gives the JSON
//! ```

pub mod check;
pub mod generate;
pub mod lang;
pub mod language;
pub mod logic;
pub mod model;
pub mod report;
pub mod rules;
pub mod verdict;

pub use check::{Rejected, Report};

/// Loads, validates and checks the model file at `path` with the default options.
pub fn check_file(path: &str) -> Result<Report, Rejected> {
    let model = check::load_file(path)?;
    Ok(check::check_model(&model, &check::Options::default()))
}

/// Loads, validates and checks a model given as text; `name` stands for its path in messages
/// and in the report.
pub fn check_str(name: &str, text: &str) -> Result<Report, Rejected> {
    let model = check::load_source(language::source::SourceFile::new(name, text))?;
    Ok(check::check_model(&model, &check::Options::default()))
}
