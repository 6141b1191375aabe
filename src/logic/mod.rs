//! The logic: the formula language of proof obligations, its plain evaluator beside the
//! solver, voting power counted exactly, and SMT-LIB for other solvers.

pub mod encode;
pub mod formula;
pub mod power;
pub mod smtlib;
pub mod solve;
pub mod vote;
