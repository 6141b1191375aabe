//! The steps of the process that leads to the agreement: who takes each, which steps it waits
//! for (`after`), and the one error a process can have as a whole, a cycle of `after`.

use super::documents::named;
use super::resolver::{Resolver, name_or_id};
use crate::language::diagnostic::{Diagnostic, said};
use crate::language::elements::{Kind, PROCESS};
use crate::language::load::Document;
use crate::model::ProcessStep;

/// The steps of the process, their references resolved; a cycle of `after` is an error that
/// names the cycle.
pub(super) fn process_steps(r: &mut Resolver<'_>, document: &Document) -> Vec<ProcessStep> {
    let mut steps = Vec::new();
    let mut complete = true;
    for d in &document.process {
        let by = d.by.as_ref().map(|by| r.party(by));
        let (after, resolved) = r.distinct(&d.after, "`after`", &[Kind::Step]);
        let (Some(by), true) = (by.map_or(Some(None), |b| b.map(Some)), resolved) else {
            complete = false;
            continue;
        };
        steps.push(ProcessStep {
            id: d.id.value.clone(),
            name: name_or_id(&d.name, &d.id),
            kind: d.kind.value,
            by,
            after,
            earliest: d.earliest.map(|e| e.value),
            deadline: d.deadline.map(|e| e.value),
            days: d.days.map_or(0, |e| e.value),
            cited: r.cite(&d.cited, d.span, named(&PROCESS, &d.id.value)),
        });
    }
    if complete && steps.len() == document.process.len() {
        if let Some(cycle) = process_cycle(&steps) {
            r.diagnostics
                .push(cycle_diagnostic(document, &steps, &cycle));
        }
    }
    steps
}

/// The error of a cycle of `after`, which names the steps of the cycle in the order they would
/// run; it points at the `after` of the cycle's first step that closes the cycle.
fn cycle_diagnostic(document: &Document, steps: &[ProcessStep], cycle: &[usize]) -> Diagnostic {
    let names: Vec<String> = cycle
        .iter()
        .chain(cycle.first())
        .map(|&i| format!("`{}`", steps[i].id))
        .collect();
    let first = cycle[0];
    let waits_for = steps[cycle[cycle.len() - 1]].id.clone();
    let span = document.process[first]
        .after
        .iter()
        .find(|t| t.value == waits_for)
        .map_or(document.process[first].id.span, |t| t.span);
    Diagnostic::new(
        "process-cycle",
        span,
        said!(
            "the process can never run: its steps wait for each other in a cycle, {}",
            "het proces kan nooit verlopen: zijn stappen wachten in een kringloop op elkaar, {}",
            names.join(" → ")
        ),
    )
    .label(said!(
        "`{}` waits for `{waits_for}`, which in the end waits for `{}`",
        "`{}` wacht op `{waits_for}`, dat uiteindelijk wacht op `{}`",
        steps[first].id,
        steps[first].id
    ))
    .help(said!(
        "remove one of the `after` references of the cycle",
        "verwijder een van de `after`-verwijzingen van de kringloop"
    ))
}

/// A cycle of `after` references, if any, as step indices in the order the steps would run
/// (each waits for the one before it), starting at the step that comes first in the file.
fn process_cycle(steps: &[ProcessStep]) -> Option<Vec<usize>> {
    // Depth-first search along `after` (towards earlier steps), in file order.
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        New,
        Open,
        Done,
    }
    let mut marks = vec![Mark::New; steps.len()];
    let mut found: Option<Vec<usize>> = None;
    for root in 0..steps.len() {
        if marks[root] != Mark::New {
            continue;
        }
        // The path from the root, each with the next `after` to follow.
        let mut path: Vec<(usize, usize)> = vec![(root, 0)];
        marks[root] = Mark::Open;
        while let Some(&mut (node, ref mut next)) = path.last_mut() {
            if let Some(&prev) = steps[node].after.get(*next) {
                *next += 1;
                match marks[prev] {
                    Mark::New => {
                        marks[prev] = Mark::Open;
                        path.push((prev, 0));
                    }
                    Mark::Open => {
                        let at = path.iter().position(|&(n, _)| n == prev).unwrap_or(0);
                        // Along the path each step waits for the next one: reversed, each
                        // comes before the next.
                        let mut cycle: Vec<usize> = path[at..].iter().map(|&(n, _)| n).collect();
                        cycle.reverse();
                        let start = cycle
                            .iter()
                            .enumerate()
                            .min_by_key(|&(_, &n)| n)
                            .map_or(0, |(k, _)| k);
                        cycle.rotate_left(start);
                        found = Some(cycle);
                        break;
                    }
                    Mark::Done => {}
                }
            } else {
                marks[node] = Mark::Done;
                path.pop();
            }
        }
        if found.is_some() {
            break;
        }
    }
    found
}
