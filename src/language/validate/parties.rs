//! Parties and bodies: a party needs nothing resolved; a body's members and chair are parties,
//! each member listed once, and a body has at least one member.

use super::documents::named;
use super::resolver::{Resolver, name_or_id};
use crate::language::diagnostic::{Diagnostic, said};
use crate::language::elements::{BODY, PARTY};
use crate::language::load::{BodyDecl, Document};
use crate::language::source::Span;
use crate::model::{Body, Member, Party};
use std::collections::HashMap;

/// The parties, each on its declared side or the usual side of its kind.
pub(super) fn parties(r: &mut Resolver<'_>, document: &Document) -> Vec<Party> {
    document
        .parties
        .iter()
        .map(|d| Party {
            id: d.id.value.clone(),
            name: name_or_id(&d.name, &d.id),
            kind: d.kind.value,
            side: d.side.map_or(d.kind.value.default_side(), |s| s.value),
            cited: r.cite(&d.cited, d.span, named(&PARTY, &d.id.value)),
        })
        .collect()
}

/// The bodies, their members and chairs resolved.
pub(super) fn bodies(r: &mut Resolver<'_>, document: &Document) -> Vec<Body> {
    let mut bodies = Vec::new();
    for d in &document.bodies {
        let members = members(r, d);
        if d.members.is_empty() {
            r.diagnostics.push(
                Diagnostic::new(
                    "empty-body",
                    d.span,
                    said!(
                        "the body `{}` has no members",
                        "het orgaan `{}` heeft geen leden",
                        d.id.value
                    ),
                )
                .label(said!("no members", "geen leden")),
            );
        }
        let chair = d.chair.as_ref().and_then(|c| r.party(c));
        bodies.push(Body {
            id: d.id.value.clone(),
            name: name_or_id(&d.name, &d.id),
            kind: d.kind.value,
            members,
            chair,
            cited: r.cite(&d.cited, d.span, named(&BODY, &d.id.value)),
        });
    }
    bodies
}

/// The members of a body that resolve to parties, each once: a party listed twice is a
/// problem.
fn members(r: &mut Resolver<'_>, d: &BodyDecl) -> Vec<Member> {
    let mut members = Vec::new();
    let mut seen: HashMap<&str, Span> = HashMap::new();
    for m in &d.members {
        if let Some(&first) = seen.get(m.party.value.as_str()) {
            r.diagnostics.push(
                Diagnostic::new(
                    "listed-twice",
                    m.party.span,
                    said!(
                        "`{}` is a member of `{}` twice",
                        "`{}` is twee keer lid van `{}`",
                        m.party.value,
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
        seen.insert(&m.party.value, m.party.span);
        if let Some(party) = r.party(&m.party) {
            members.push(Member {
                party,
                votes: m.votes.value,
            });
        }
    }
    members
}
