//! The pipeline: load → validate → graph → encode → solve → explain, for one model or a
//! batch of drafts.
//!
//! Every obligation is decided, in the order its rule states it; within one rule and subject
//! the first satisfiable case gives the counterexample. Nothing here prints.

mod accept;
mod engine;
mod loading;
mod options;
mod results;
mod sensitivity;
mod session;
mod variants;
mod verdicts;

pub use accept::{
    ACCEPT_FILE, AcceptanceNote, Acceptances, beside, load_acceptances, starting_file, today,
};
pub use loading::{Rejected, load_file, load_file_with, load_source};
pub use options::Options;
pub use results::{Checked, Decided, Report, SCHEMA_VERSION, Summary, Tool, worst};
pub use session::{Session, check, check_model, obligations};
pub use variants::text_without;
