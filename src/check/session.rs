//! Checking a model: stating every rule's obligations, solving each distinct one once (a
//! [`Session`] remembers outcomes across the models of one run), and turning the outcomes into
//! verdicts.

use super::engine::{Solved, check_with};
use super::loading::Rejected;
use super::options::Options;
use super::results::{Checked, Report};
use super::sensitivity;
use crate::lang::Lang;
use crate::logic::formula::Obligation;
use crate::model::Model;
use crate::model::graph::GovernanceGraph;
use crate::rules::{self, Input};

/// Every proof obligation of a model, in the order they are decided.
pub fn obligations(model: &Model) -> Vec<Obligation> {
    let graph = GovernanceGraph::build(model);
    let input = Input {
        model,
        graph: &graph,
        lang: Lang::default(),
        years: None,
    };
    rules::ALL
        .iter()
        .flat_map(|rule| (rule.obligations)(&input))
        .collect()
}

/// Checks every rule on a model.
pub fn check_model(model: &Model, options: &Options) -> Report {
    check(model, options).report
}

/// Checks every rule on a model, keeping every obligation and its outcome.
pub fn check(model: &Model, options: &Options) -> Checked {
    Session::default().check(model, options)
}

/// Checks several models in one process, solving an obligation that an earlier model of the
/// session already had only once: a batch of variants of one draft shares most of them.
#[derive(Default)]
pub struct Session {
    solved: Solved,
}

impl Session {
    /// Checks every rule on a model, keeping every obligation and its outcome.
    pub fn check(&mut self, model: &Model, options: &Options) -> Checked {
        checked(model, options, options.jobs(), &self.solved)
    }

    /// Loads and checks several items (files, texts), as many at a time as `options` has
    /// threads, each item on one thread; the results come in the order of `items`, each the
    /// same as [`Session::check`] gives. For a batch of drafts, where most obligations are
    /// already solved and loading and stating them is what costs, this uses the cores that
    /// solving one draft's few new obligations cannot.
    pub fn check_each<T: Sync>(
        &mut self,
        items: &[T],
        options: &Options,
        load: impl Fn(&T) -> Result<Model, Rejected> + Sync,
    ) -> Vec<Result<(Model, Checked), Rejected>> {
        let jobs = options.jobs().clamp(1, items.len().max(1));
        let (solved, load) = (&self.solved, &load);
        let mut results: Vec<Option<Result<(Model, Checked), Rejected>>> =
            (0..items.len()).map(|_| None).collect();
        std::thread::scope(|scope| {
            let workers: Vec<_> = (0..jobs)
                .map(|job| {
                    scope.spawn(move || {
                        (job..items.len())
                            .step_by(jobs)
                            .map(|i| {
                                let checked = load(&items[i]).map(|model| {
                                    let checked = checked(&model, options, 1, solved);
                                    (model, checked)
                                });
                                (i, checked)
                            })
                            .collect::<Vec<_>>()
                    })
                })
                .collect();
            for worker in workers {
                for (i, result) in worker.join().expect("a checking thread does not panic") {
                    results[i] = Some(result);
                }
            }
        });
        results
            .into_iter()
            .map(|r| r.expect("every item is checked"))
            .collect()
    }
}

/// Checks `model` and, unless `options` says not to, how each verdict depends on its readings.
fn checked(model: &Model, options: &Options, jobs: usize, solved: &Solved) -> Checked {
    let mut checked = check_with(model, options, jobs, solved);
    if !options.skip_sensitivity {
        sensitivity::attach(&mut checked.report, model, options, jobs, solved);
    }
    checked
}
