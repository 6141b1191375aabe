//! The drafts of an agreement, checked by `toets` in this crate's tests (`tests/drafts.rs`):
//! their verdicts are snapshots, so that a change to a draft that changes a verdict shows up
//! in review.
