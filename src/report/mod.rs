//! Stage 7: reports for people (text, Markdown) and for machines (JSON, SARIF, SMT-LIB
//! files), all rendered from the results of a check ([`crate::check::Report`]); nothing here
//! is used by an earlier stage.
//!
//! Every format is deterministic: verdicts come in rule order and, within a rule, in model
//! order; nothing depends on time, hash order, threads or the terminal.

pub mod diff;
mod markdown;
mod parts;
pub mod proofs;
mod sarif;
mod text;

pub use markdown::markdown;
pub use sarif::sarif;
pub use text::text;

use crate::check::Report;

/// The JSON report of several models: an array with one object per model, in the order given.
pub fn json(reports: &[Report]) -> String {
    let mut out = serde_json::to_string_pretty(reports).expect("reports serialise");
    out.push('\n');
    out
}
