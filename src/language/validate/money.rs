//! Money over the years: the tasks a party must pay for, the cuts on what a party receives,
//! and the one check that funding, tasks and cuts share, that a range of years that ends
//! (`until`) does not end before it starts.

use super::documents::named;
use super::resolver::{Resolver, name_or_id};
use crate::language::diagnostic::{Diagnostic, said};
use crate::language::elements::{CUT, TASK};
use crate::language::load::Document;
use crate::model::{Cut, Task};

/// Every `until` of a relation's funding, a task or a cut is no earlier than its first year.
pub(super) fn check_until(r: &mut Resolver<'_>, document: &Document) {
    for (first, until) in document
        .relations
        .iter()
        .filter_map(|d| d.funding.as_ref())
        .filter_map(|f| f.until.as_ref().map(|u| (&f.year, u)))
        .chain(
            document
                .tasks
                .iter()
                .filter_map(|t| t.until.as_ref().map(|u| (&t.from, u))),
        )
        .chain(
            document
                .cuts
                .iter()
                .filter_map(|c| c.until.as_ref().map(|u| (&c.from, u))),
        )
    {
        if until.value < first.value {
            r.diagnostics.push(
                Diagnostic::new(
                    "out-of-range",
                    until.span,
                    said!(
                        "`until` = {} is before the first year, {}",
                        "`until` = {} ligt vóór het eerste jaar, {}",
                        until.value,
                        first.value
                    ),
                )
                .label(said!(
                    "the last year comes after the first",
                    "het laatste jaar komt na het eerste"
                )),
            );
        }
    }
}

/// The tasks whose party resolves.
pub(super) fn tasks(r: &mut Resolver<'_>, document: &Document) -> Vec<Task> {
    document
        .tasks
        .iter()
        .filter_map(|d| {
            Some(Task {
                id: d.id.value.clone(),
                name: name_or_id(&d.name, &d.id),
                of: r.party(&d.of)?,
                cost: d.cost.value,
                from: d.from.value,
                until: d.until.as_ref().map(|u| u.value),
                cited: r.cite(&d.cited, d.span, named(&TASK, &d.id.value)),
            })
        })
        .collect()
}

/// The cuts whose party resolves.
pub(super) fn cuts(r: &mut Resolver<'_>, document: &Document) -> Vec<Cut> {
    document
        .cuts
        .iter()
        .filter_map(|d| {
            Some(Cut {
                id: d.id.value.clone(),
                name: name_or_id(&d.name, &d.id),
                on: r.party(&d.on)?,
                amount: d.amount.value,
                up_to: d.up_to.as_ref().map(|u| u.value),
                from: d.from.value,
                until: d.until.as_ref().map(|u| u.value),
                cited: r.cite(&d.cited, d.span, named(&CUT, &d.id.value)),
            })
        })
        .collect()
}
