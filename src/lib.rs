//! `toets` checks the governance structure of a draft health agreement against the conditions
//! of equal commissioning and joint plan review, and proves or refutes each one with Z3.
//!
//! The stages, one module each, data flowing one way:
//! [`load`] → [`validate`] → [`graph`] → [`encode`] (through [`rules`]) → [`solve`] →
//! explain (each rule's counterexample, [`verdict`]) → [`report`]. [`check`] runs them;
//! [`smtlib`] writes the obligations out for other solvers.
//!
//! ```no_run
//! let model = toets::check::load_file("models/iza-2022.toml").expect("a valid model");
//! let report = toets::check::check_model(&model, &toets::check::Options::default());
//! print!("{}", toets::report::text(&report));
//! ```

pub mod check;
pub mod diagnostic;
pub mod encode;
pub mod graph;
pub mod load;
pub mod model;
pub mod report;
pub mod rules;
pub mod smtlib;
pub mod solve;
pub mod source;
pub mod validate;
pub mod verdict;
pub mod vote;
