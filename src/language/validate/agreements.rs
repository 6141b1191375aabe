//! Agreements and what is said of them: each agreement's commissioners (parties, each listed
//! once), the relations between elements (funding, direction, instruction, …), and the rights
//! parties hold over agreements and decisions.

use super::documents::named;
use super::resolver::{Resolver, name_or_id};
use crate::language::diagnostic::{Diagnostic, Said, said};
use crate::language::elements::{AGREEMENT, COMMISSIONER, Kind};
use crate::language::load::{AgreementDecl, Document, RelationDecl, RightDecl, Text};
use crate::language::source::Span;
use crate::model::{
    Agreement, Commissioner, Element, Funding, Party, PartyKind, Relation, Right, RightTarget,
};
use std::collections::HashMap;

/// The agreements, their commissioners resolved.
pub(super) fn agreements(r: &mut Resolver<'_>, document: &Document) -> Vec<Agreement> {
    let mut agreements = Vec::new();
    for d in &document.agreements {
        let commissioners = commissioners(r, d);
        agreements.push(Agreement {
            id: d.id.value.clone(),
            name: name_or_id(&d.name, &d.id),
            commissioners,
            method: d
                .method
                .as_ref()
                .map(|(method, source)| (method.value, r.cite_only(source, method.span))),
            cited: r.cite(&d.cited, d.span, named(&AGREEMENT, &d.id.value)),
        });
    }
    agreements
}

/// The commissioners of an agreement that resolve to parties, each once: a party listed twice
/// is a problem.
fn commissioners(r: &mut Resolver<'_>, d: &AgreementDecl) -> Vec<Commissioner> {
    let mut seen: HashMap<&str, Span> = HashMap::new();
    let mut commissioners = Vec::new();
    for c in &d.commissioners {
        if let Some(&first) = seen.get(c.party.value.as_str()) {
            r.diagnostics.push(
                Diagnostic::new(
                    "listed-twice",
                    c.party.span,
                    said!(
                        "`{}` is a commissioner of `{}` twice",
                        "`{}` is twee keer opdrachtgever van `{}`",
                        c.party.value,
                        d.id.value
                    ),
                )
                .label(said!("again", "nog eens"))
                .note(
                    first,
                    said!("first listed here", "hier voor het eerst genoemd"),
                ),
            );
            continue;
        }
        seen.insert(&c.party.value, c.party.span);
        if let Some(party) = r.party(&c.party) {
            commissioners.push(Commissioner {
                party,
                role: c.role.value.clone(),
                cited: r.cite(&c.cited, c.span, named(&COMMISSIONER, &c.party.value)),
            });
        }
    }
    commissioners
}

/// The relations whose both ends resolve.
pub(super) fn relations(r: &mut Resolver<'_>, document: &Document) -> Vec<Relation> {
    let mut relations = Vec::new();
    for d in &document.relations {
        let from = element(r, &d.from);
        let to = element(r, &d.to);
        if let (Some(from), Some(to)) = (from, to) {
            relations.push(Relation {
                kind: d.kind.value,
                from,
                to,
                funding: d.funding.as_ref().map(|f| Funding {
                    amount: f.amount.value,
                    year: f.year.value,
                    until: f.until.as_ref().map(|u| u.value),
                    nature: f.nature.value,
                    stream: f.stream.value,
                }),
                lead: d.lead.is_some_and(|l| l.value),
                cited: r.cite(&d.cited, d.span, relation_named(d)),
            });
        }
    }
    relations
}

/// An end of a relation: a party, body, agreement, region or plan.
fn element(r: &mut Resolver<'_>, text: &Text) -> Option<Element> {
    let all_kinds = [
        Kind::Party,
        Kind::Body,
        Kind::Agreement,
        Kind::Region,
        Kind::Plan,
    ];
    r.resolve(text, &all_kinds).map(|(kind, i)| match kind {
        Kind::Party => Element::Party(i),
        Kind::Body => Element::Body(i),
        Kind::Agreement => Element::Agreement(i),
        Kind::Region => Element::Region(i),
        _ => Element::Plan(i),
    })
}

/// The rights whose holder and object resolve; only the ministry holds system responsibility.
pub(super) fn rights(r: &mut Resolver<'_>, document: &Document, parties: &[Party]) -> Vec<Right> {
    let mut rights = Vec::new();
    for d in &document.rights {
        let holder = r.party(&d.holder);
        let over =
            r.resolve(&d.over, &[Kind::Agreement, Kind::Decision])
                .map(|(kind, i)| match kind {
                    Kind::Agreement => RightTarget::Agreement(i),
                    _ => RightTarget::Decision(i),
                });
        let system_responsibility = d.system_responsibility.is_some_and(|s| s.value);
        if let (true, Some(holder)) = (system_responsibility, holder) {
            if parties[holder].kind != PartyKind::Ministry {
                r.diagnostics.push(
                    Diagnostic::new(
                        "not-system-responsibility",
                        d.holder.span,
                        said!(
                            "`{}` is not the ministry; only the ministry holds system responsibility", "`{}` is niet het ministerie; alleen het ministerie draagt de systeemverantwoordelijkheid",
                            d.holder.value
                        ),
                    )
                    .label(said!("not a ministry", "geen ministerie")),
                );
            }
        }
        if let (Some(holder), Some(over)) = (holder, over) {
            rights.push(Right {
                holder,
                kind: d.kind.value,
                over,
                system_responsibility,
                cited: r.cite(&d.cited, d.span, right_named(d)),
            });
        }
    }
    rights
}

/// How readings name a relation: "relation `vws` funds `vng`".
fn relation_named(d: &RelationDecl) -> Said {
    let (from, kind, to) = (&d.from.value, d.kind.value, &d.to.value);
    Said::new(
        format!("relation `{from}` {kind} `{to}`"),
        format!("relatie `{from}` {kind} `{to}`"),
    )
}

/// How readings name a right: "right `final-say` of `vws` over `amend-iza`".
fn right_named(d: &RightDecl) -> Said {
    let (kind, holder, over) = (d.kind.value, &d.holder.value, &d.over.value);
    Said::new(
        format!("right `{kind}` of `{holder}` over `{over}`"),
        format!("recht `{kind}` van `{holder}` over `{over}`"),
    )
}
