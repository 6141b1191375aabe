//! Stage 5: deciding obligations with Z3.
//!
//! Every obligation gets a fresh Z3 context, so no state of one check leaks into the next and
//! the same obligation gives the same model in every run and process. The solver works under a
//! resource limit (`rlimit`), which is deterministic where a wall-clock timeout is not; when it
//! runs out the outcome is [`Outcome::Unknown`], never "holds". A model the solver returns is
//! replayed through [`crate::logic::formula::Formula::eval`] before it is believed.

use crate::logic::formula::{Formula, Obligation};
use z3::ast::{Bool, Int};
use z3::{Config, Context, Params, SatResult, Solver};

/// Limits on one obligation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Z3's resource limit (`rlimit`): a count of solver steps, the same on every machine;
    /// 0 is no limit.
    pub rlimit: u32,
}

impl Default for Limits {
    /// Ample for the obligations of a national model: the largest reference obligation uses
    /// well under a hundredth of it.
    fn default() -> Self {
        Limits { rlimit: 50_000_000 }
    }
}

/// What the solver said about an obligation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// No model exists: the rule holds for this case. The indices of the obligation's
    /// assertions with elements that the proof needs: together with the assertions that pose
    /// the question they are unsatisfiable, and without any one of them they are not.
    Unsat(Vec<usize>),
    /// A model, as the value of every Boolean variable and of every integer variable (none,
    /// for most obligations): the counterexample, replayed; or, for an obligation of
    /// [`crate::logic::formula::Polarity::UnsatViolates`], the witness that the rule holds.
    Sat(Vec<bool>, Vec<i64>),
    /// The solver could not decide; the text says why.
    Unknown(String),
}

/// The version of the Z3 library this process is linked with, e.g. `4.8.12.0`.
pub fn z3_version() -> String {
    // SAFETY: Z3_get_full_version returns a pointer to a static, NUL-terminated string.
    unsafe { std::ffi::CStr::from_ptr(z3_sys::Z3_get_full_version()) }
        .to_string_lossy()
        .into_owned()
}

/// Decides one obligation. The verdict is the first solve's, under the whole `rlimit`; a
/// counterexample is then made as telling as the limits allow:
/// 1. *minimal*: each of the obligation's `minimize` variables that is true is made false in
///    turn, and kept false when the obligation still holds, by plain evaluation (no solver;
///    skipped when that would take more than [`MINIMAL_PASS_WORK`] steps of evaluation);
/// 2. *smallest*: bisection on how many of them are true. With a model of `n` true and none
///    known below `low`, the obligation is solved again, in a fresh context, with at most the
///    midpoint; a model lowers `n`, unsatisfiability raises `low`, until the two meet. A
///    coalition of hundreds takes about ten solves, not hundreds. Each step gets a
///    [`MINIMISING_SHARE`] of the `rlimit`; a step that runs out ends the bisection and keeps
///    the last model, still a counterexample and still minimal, if not the smallest (making a
///    weighted vote's coalition smallest is a knapsack problem: for a meeting of hundreds the
///    solver may not prove the smallest within the share).
pub fn solve(obligation: &Obligation, limits: Limits) -> Outcome {
    let mut best = match solve_once(obligation, limits, None) {
        Outcome::Sat(values, ints) => (minimal(obligation, values, &ints), ints),
        other => return other,
    };
    // An rlimit of 0 is no limit, and stays none.
    let step_limits = Limits {
        rlimit: limits.rlimit.div_ceil(MINIMISING_SHARE),
    };
    let count = |values: &[bool]| obligation.minimize.iter().filter(|&&i| values[i]).count();
    let (mut low, mut high) = (0, count(&best.0));
    while low < high {
        let middle = low + (high - low) / 2;
        match solve_once(obligation, step_limits, Some(middle as i64)) {
            Outcome::Sat(values, ints) => {
                high = count(&values);
                best = (values, ints);
            }
            Outcome::Unsat(_) => low = middle + 1,
            Outcome::Unknown(_) => break,
        }
    }
    Outcome::Sat(best.0, best.1)
}

/// The part of the `rlimit` that each step of making a counterexample smaller may use: a
/// 256th, so that the at most seventeen steps of a bisection over a hundred thousand parties
/// stay well within one more `rlimit`.
pub const MINIMISING_SHARE: u32 = 256;

/// The most evaluation steps (formula nodes visited) that making a counterexample minimal may
/// take: about a second.
pub const MINIMAL_PASS_WORK: usize = 200_000_000;

/// The model `values` with every `minimize` variable made false that can be, in order, while
/// the obligation still holds; unchanged when that would take more than [`MINIMAL_PASS_WORK`].
fn minimal(obligation: &Obligation, mut values: Vec<bool>, ints: &[i64]) -> Vec<bool> {
    let size: usize = obligation.assertions.iter().map(|a| a.formula.size()).sum();
    let candidates: Vec<usize> = obligation
        .minimize
        .iter()
        .copied()
        .filter(|&i| values[i])
        .collect();
    if candidates.len().saturating_mul(size) > MINIMAL_PASS_WORK {
        return values;
    }
    for i in candidates {
        values[i] = false;
        if !obligation.holds_under_with(&values, ints) {
            values[i] = true;
        }
    }
    values
}

/// Decides an obligation once, with at most `at_most` of its `minimize` variables true.
fn solve_once(obligation: &Obligation, limits: Limits, at_most: Option<i64>) -> Outcome {
    let config = Config::new();
    let context = Context::new(&config);
    // The finite-domain solver (SAT with native pseudo-Boolean constraints) fits these
    // obligations, which are Booleans and weighted sums of Booleans, and starts ten times
    // faster than the default solver's first check.
    // Obligations over integers (schedules) need linear integer arithmetic, and so do those
    // that hold a weighted sum between two bounds, which SAT-based pseudo-Boolean solving
    // finds hard.
    let solver = if obligation.ints.is_empty() && !obligation.arithmetic {
        Solver::new_for_logic(&context, "QF_FD").unwrap_or_else(|| Solver::new(&context))
    } else {
        Solver::new_for_logic(&context, "QF_LIA").unwrap_or_else(|| Solver::new(&context))
    };
    let mut params = Params::new(&context);
    params.set_u32("rlimit", limits.rlimit);
    // The default seed, stated: with a fresh context it makes the model the same every run.
    params.set_u32("random_seed", 0);
    solver.set_params(&params);

    let vars: Vec<Bool<'_>> = obligation
        .vars
        .names()
        .iter()
        .map(|name| Bool::new_const(&context, name.as_str()))
        .collect();
    let ints: Vec<Int<'_>> = obligation
        .ints
        .names()
        .iter()
        .map(|name| Int::new_const(&context, name.as_str()))
        .collect();
    let vars = Vars {
        bools: &vars,
        ints: &ints,
        arithmetic: obligation.arithmetic,
    };
    // An assertion with elements is asserted under a selector of its own, assumed true when
    // solving, so that an unsat core names the assertions a proof needs.
    let grounded: Vec<usize> = if at_most.is_none() {
        obligation.grounded().collect()
    } else {
        Vec::new()
    };
    let mut selectors: Vec<Bool<'_>> = Vec::new();
    for (i, assertion) in obligation.assertions.iter().enumerate() {
        let formula = to_z3(&context, vars, &assertion.formula);
        if grounded.contains(&i) {
            let selector = Bool::fresh_const(&context, "assertion");
            solver.assert(&selector.implies(&formula));
            selectors.push(selector);
        } else {
            solver.assert(&formula);
        }
    }
    if let Some(bound) = at_most {
        let fewer = Formula::AtLeast {
            terms: obligation
                .minimize
                .iter()
                .map(|&i| (-1, Formula::Var(i)))
                .collect(),
            bound: -bound,
        };
        solver.assert(&to_z3(&context, vars, &fewer));
    }
    // Without selectors, the plain check: assumptions, even none, cost Z3 a slower path.
    let result = if selectors.is_empty() {
        solver.check()
    } else {
        solver.check_assumptions(&selectors)
    };
    match result {
        SatResult::Unsat => Outcome::Unsat(smallest_core(&solver, &selectors, &grounded)),
        SatResult::Unknown => Outcome::Unknown(
            solver
                .get_reason_unknown()
                .unwrap_or_else(|| "the solver gave no reason".to_string()),
        ),
        SatResult::Sat => {
            let Some(model) = solver.get_model() else {
                return Outcome::Unknown("the solver found a model but did not return it".into());
            };
            let values: Vec<bool> = vars
                .bools
                .iter()
                .map(|v| {
                    model
                        .eval(v, true)
                        .and_then(|value| value.as_bool())
                        .unwrap_or(false)
                })
                .collect();
            let ints: Option<Vec<i64>> = vars
                .ints
                .iter()
                .map(|v| model.eval(v, true).and_then(|value| value.as_i64()))
                .collect();
            let Some(ints) = ints else {
                return Outcome::Unknown("the solver's model has an integer out of range".into());
            };
            if obligation.holds_under_with(&values, &ints) {
                Outcome::Sat(values, ints)
            } else {
                Outcome::Unknown(
                    "the solver's model did not satisfy the obligation when replayed".into(),
                )
            }
        }
    }
}

/// The grounded assertions (by obligation index) of a minimal unsat core, after an unsat
/// check under all `selectors`: the solver's core, then each member left out in turn and kept
/// only if the rest is satisfiable without it. A member the solver cannot decide about is kept.
fn smallest_core(solver: &Solver<'_>, selectors: &[Bool<'_>], grounded: &[usize]) -> Vec<usize> {
    let position = |b: &Bool<'_>| selectors.iter().position(|s| s == b);
    let core_of = |solver: &Solver<'_>| -> Vec<usize> {
        let mut core: Vec<usize> = solver
            .get_unsat_core()
            .iter()
            .filter_map(position)
            .collect();
        core.sort_unstable();
        core
    };
    let mut core = core_of(solver);
    let mut next = 0;
    while next < core.len() {
        let without: Vec<Bool<'_>> = core
            .iter()
            .enumerate()
            .filter(|&(k, _)| k != next)
            .map(|(_, &i)| selectors[i].clone())
            .collect();
        match solver.check_assumptions(&without) {
            // Members before `next` are needed by every unsat subset, so the smaller core
            // keeps them in place.
            SatResult::Unsat => core = core_of(solver),
            SatResult::Sat | SatResult::Unknown => next += 1,
        }
    }
    core.into_iter().map(|i| grounded[i]).collect()
}

/// The solver's constants of an obligation's variables.
#[derive(Clone, Copy)]
struct Vars<'v, 'c> {
    bools: &'v [Bool<'c>],
    ints: &'v [Int<'c>],
    /// Weighted sums as integer terms, for the arithmetic solver (see
    /// [`Obligation::arithmetic`]); else as pseudo-Boolean constraints where they fit.
    arithmetic: bool,
}

fn to_z3<'c>(context: &'c Context, vars: Vars<'_, 'c>, formula: &Formula) -> Bool<'c> {
    match formula {
        Formula::Const(b) => Bool::from_bool(context, *b),
        Formula::Var(i) => vars.bools[*i].clone(),
        Formula::IntAtLeast { terms, bound } => {
            let summands: Vec<Int<'c>> = terms
                .iter()
                .map(|&(c, j)| Int::mul(context, &[&Int::from_i64(context, c), &vars.ints[j]]))
                .collect();
            let sum = if summands.is_empty() {
                Int::from_i64(context, 0)
            } else {
                Int::add(context, &summands.iter().collect::<Vec<_>>())
            };
            sum.ge(&Int::from_i64(context, *bound))
        }
        Formula::Not(inner) => to_z3(context, vars, inner).not(),
        Formula::And(parts) => {
            let parts: Vec<Bool<'c>> = parts.iter().map(|p| to_z3(context, vars, p)).collect();
            Bool::and(context, &parts.iter().collect::<Vec<_>>())
        }
        Formula::Or(parts) => {
            let parts: Vec<Bool<'c>> = parts.iter().map(|p| to_z3(context, vars, p)).collect();
            Bool::or(context, &parts.iter().collect::<Vec<_>>())
        }
        Formula::AtLeast { terms, bound } => {
            let parts: Vec<(Bool<'c>, i64)> = terms
                .iter()
                .map(|(w, f)| (to_z3(context, vars, f), *w))
                .collect();
            let total: i128 = terms
                .iter()
                .map(|(w, _)| i128::from(w.unsigned_abs()))
                .sum();
            let fits_pseudo_boolean =
                !vars.arithmetic && total <= i128::from(i32::MAX) && i32::try_from(*bound).is_ok();
            if fits_pseudo_boolean {
                let weighted: Vec<(&Bool<'c>, i32)> = parts
                    .iter()
                    .map(|(b, w)| (b, i32::try_from(*w).unwrap_or(i32::MAX)))
                    .collect();
                Bool::pb_ge(
                    context,
                    &weighted,
                    i32::try_from(*bound).unwrap_or(i32::MAX),
                )
            } else {
                let zero = Int::from_i64(context, 0);
                let summands: Vec<Int<'c>> = parts
                    .iter()
                    .map(|(b, w)| b.ite(&Int::from_i64(context, *w), &zero))
                    .collect();
                let sum = Int::add(context, &summands.iter().collect::<Vec<_>>());
                sum.ge(&Int::from_i64(context, *bound))
            }
        }
    }
}
