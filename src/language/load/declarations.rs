//! The declarations of a model file, each built from the [`Fields`] the reader took from its
//! table. References between elements are still text here; validation resolves them.
//!
//! Each declaration's fields are those of its description in [`crate::language::elements`];
//! what is built here beyond the reader's checks are the rules that tie one field to another
//! (a `method` needs its `method_source`, a cut's range runs upwards, a decision has a rule or
//! steps).

use super::fields::Fields;
use super::reader::Reader;
use super::values::{CitationDecl, MemberDecl, ReadingDecl, RuleDecl, Spanned, Text};
use crate::language::diagnostic::{Diagnostic, said};
use crate::language::keywords::{
    BodyKind, DecisionAbout, DecisionKind, DocumentKind, Method, Nature, PartyKind, RelationKind,
    RightKind, Side, StepKind, Stream, TextStatus,
};
use crate::language::source::Span;

/// What every cited element says of where it comes from, and the modeller's readings of it
/// (the fields of [`crate::language::elements::CITED`]).
#[derive(Clone, Debug)]
pub struct Citation {
    /// Empty when `source` is missing, which has been reported: the element is still built, so
    /// that references to it are still checked.
    pub source: Vec<CitationDecl>,
    pub readings: Vec<ReadingDecl>,
}

impl Citation {
    fn read(fields: &mut Fields) -> Citation {
        Citation {
            source: fields.citations("source"),
            readings: fields.readings("reading"),
        }
    }
}

/// A document the model cites.
#[derive(Debug)]
pub struct DocumentDecl {
    pub id: Text,
    pub title: Text,
    pub author: Text,
    pub date: Text,
    pub kind: Spanned<DocumentKind>,
    pub identifier: Option<Text>,
    pub url: Option<Text>,
    /// The path of its text, from the model file's folder.
    pub text: Option<Text>,
    pub span: Span,
}

pub fn document(r: &mut Reader<'_>, mut f: Fields) -> Option<DocumentDecl> {
    let id = f.text("id");
    let built = (|| {
        Some(DocumentDecl {
            id: id.clone()?,
            title: f.text("title")?,
            author: f.text("author")?,
            date: f.text("date")?,
            kind: f.keyword("kind")?,
            identifier: f.text("identifier"),
            url: f.text("url"),
            text: f.text("text"),
            span: f.span,
        })
    })();
    r.finish(id.as_ref(), built)
}

#[derive(Debug)]
pub struct Header {
    pub title: Text,
    /// The documents the model reads, and the readings of the header's fields.
    pub cited: Citation,
    pub status: Option<Spanned<TextStatus>>,
    pub ratified_by: Option<Text>,
    /// `None` when the table has no `commissioners` (reported when read).
    pub commissioners: Option<Vec<Text>>,
    pub rlimit: Option<Spanned<u32>>,
    /// `years = [first, last]`: the years the money rules check.
    pub years: Option<Spanned<(i32, i32)>>,
    /// `rules = [...]`: the ids of the rules that apply; all when absent.
    pub rules: Option<Vec<Text>>,
    pub span: Span,
}

pub fn header(_: &mut Reader<'_>, mut f: Fields) -> Option<Header> {
    let title = f.text("title");
    Some(Header {
        title: title?,
        cited: Citation::read(&mut f),
        status: f.keyword("status"),
        ratified_by: f.text("ratified_by"),
        commissioners: f.texts_if_written("commissioners"),
        rlimit: f.number("rlimit"),
        years: f.years("years"),
        rules: f.texts_if_written("rules"),
        span: f.span,
    })
}

#[derive(Debug)]
pub struct PartyDecl {
    pub id: Text,
    pub name: Option<Text>,
    pub kind: Spanned<PartyKind>,
    pub side: Option<Spanned<Side>>,
    pub cited: Citation,
    pub span: Span,
}

pub fn party(r: &mut Reader<'_>, mut f: Fields) -> Option<PartyDecl> {
    let id = f.text("id");
    let built = (|| {
        Some(PartyDecl {
            id: id.clone()?,
            name: f.text("name"),
            kind: f.keyword("kind")?,
            side: f.keyword("side"),
            cited: Citation::read(&mut f),
            span: f.span,
        })
    })();
    r.finish(id.as_ref(), built)
}

#[derive(Debug)]
pub struct BodyDecl {
    pub id: Text,
    pub name: Option<Text>,
    pub kind: Spanned<BodyKind>,
    pub members: Vec<MemberDecl>,
    pub chair: Option<Text>,
    pub cited: Citation,
    pub span: Span,
}

pub fn body(r: &mut Reader<'_>, mut f: Fields) -> Option<BodyDecl> {
    let id = f.text("id");
    let built = (|| {
        Some(BodyDecl {
            id: id.clone()?,
            name: f.text("name"),
            kind: f.keyword("kind")?,
            members: f.members("members"),
            chair: f.text("chair"),
            cited: Citation::read(&mut f),
            span: f.span,
        })
    })();
    r.finish(id.as_ref(), built)
}

#[derive(Debug)]
pub struct AgreementDecl {
    pub id: Text,
    pub name: Option<Text>,
    pub commissioners: Vec<CommissionerDecl>,
    /// `method = "udo"`, with its `method_source`.
    pub method: Option<(Spanned<Method>, Vec<CitationDecl>)>,
    pub cited: Citation,
    pub span: Span,
}

#[derive(Debug)]
pub struct CommissionerDecl {
    pub party: Text,
    pub role: Text,
    pub cited: Citation,
    pub span: Span,
}

pub fn agreement(r: &mut Reader<'_>, mut f: Fields) -> Option<AgreementDecl> {
    let id = f.text("id");
    let commissioners = f
        .tables("commissioner")
        .into_iter()
        .filter_map(|mut t| {
            let (party, role) = (t.text("party"), t.text("role"));
            Some(CommissionerDecl {
                party: party?,
                role: role?,
                cited: Citation::read(&mut t),
                span: t.span,
            })
        })
        .collect();
    let method = method(&mut f);
    let built = (|| {
        Some(AgreementDecl {
            id: id.clone()?,
            name: f.text("name"),
            commissioners,
            method,
            cited: Citation::read(&mut f),
            span: f.span,
        })
    })();
    r.finish(id.as_ref(), built)
}

/// An agreement's `method`, with the clause that sets it (`method_source`, which the reader
/// requires with a `method` and refuses without one).
fn method(f: &mut Fields) -> Option<(Spanned<Method>, Vec<CitationDecl>)> {
    let method = f.keyword::<Method>("method")?;
    f.written("method_source")?;
    Some((method, f.citations("method_source")))
}

#[derive(Debug)]
pub struct RelationDecl {
    pub kind: Spanned<RelationKind>,
    pub from: Text,
    pub to: Text,
    pub funding: Option<FundingDecl>,
    /// `lead = true`: only on `directs` relations.
    pub lead: Option<Spanned<bool>>,
    pub cited: Citation,
    pub span: Span,
}

#[derive(Debug)]
pub struct FundingDecl {
    pub amount: Spanned<i64>,
    pub year: Spanned<i32>,
    /// The last year of structural funding, if it ends.
    pub until: Option<Spanned<i32>>,
    pub nature: Spanned<Nature>,
    pub stream: Spanned<Stream>,
}

pub fn relation(r: &mut Reader<'_>, mut f: Fields) -> Option<RelationDecl> {
    let kind = f.keyword::<RelationKind>("kind");
    let (from, to) = (f.text("from"), f.text("to"));
    let funding = if kind.is_some_and(|k| k.value == RelationKind::Funds) {
        let until = f.number::<i32>("until");
        let nature = f.keyword::<Nature>("nature");
        if let (Some(until), Some(Nature::OneOff)) = (&until, nature.map(|n| n.value)) {
            r.diagnostics.push(
                Diagnostic::new(
                    "wrong-type",
                    until.span,
                    said!(
                        "one-off money has one `year` and no `until`",
                        "incidenteel geld heeft één `year` en geen `until`"
                    ),
                )
                .label(said!(
                    "only structural funding runs until a year",
                    "alleen structurele financiering loopt tot een jaar"
                )),
            );
        }
        let (amount, year, stream) = (f.number("amount"), f.number("year"), f.keyword("stream"));
        Some(FundingDecl {
            amount: amount?,
            year: year?,
            until,
            nature: nature?,
            stream: stream?,
        })
    } else {
        None
    };
    Some(RelationDecl {
        kind: kind?,
        from: from?,
        to: to?,
        funding,
        lead: f.boolean("lead"),
        cited: Citation::read(&mut f),
        span: f.span,
    })
}

#[derive(Debug)]
pub struct RightDecl {
    pub holder: Text,
    pub kind: Spanned<RightKind>,
    pub over: Text,
    pub system_responsibility: Option<Spanned<bool>>,
    pub cited: Citation,
    pub span: Span,
}

pub fn right(_: &mut Reader<'_>, mut f: Fields) -> Option<RightDecl> {
    Some(RightDecl {
        holder: f.text("holder")?,
        kind: f.keyword("right")?,
        over: f.text("over")?,
        system_responsibility: f.boolean("system_responsibility"),
        cited: Citation::read(&mut f),
        span: f.span,
    })
}

#[derive(Debug)]
pub struct RegionDecl {
    pub id: Text,
    pub name: Option<Text>,
    pub market_leaders: Vec<Text>,
    pub insurers: Vec<Text>,
    pub municipalities: Vec<Text>,
    pub mandate_municipality: Option<Text>,
    pub review_body: Option<Text>,
    pub cited: Citation,
    pub span: Span,
}

pub fn region(r: &mut Reader<'_>, mut f: Fields) -> Option<RegionDecl> {
    let id = f.text("id");
    let built = id.clone().map(|id| RegionDecl {
        id,
        name: f.text("name"),
        market_leaders: f.texts("market_leaders"),
        insurers: f.texts("insurers"),
        municipalities: f.texts("municipalities"),
        mandate_municipality: f.text("mandate_municipality"),
        review_body: f.text("review_body"),
        cited: Citation::read(&mut f),
        span: f.span,
    });
    r.finish(id.as_ref(), built)
}

#[derive(Debug)]
pub struct PlanDecl {
    pub id: Text,
    pub name: Option<Text>,
    pub region: Option<Text>,
    pub funded_by: Spanned<Stream>,
    pub cited: Citation,
    pub span: Span,
}

pub fn plan(r: &mut Reader<'_>, mut f: Fields) -> Option<PlanDecl> {
    let id = f.text("id");
    let built = (|| {
        Some(PlanDecl {
            id: id.clone()?,
            name: f.text("name"),
            region: f.text("region"),
            funded_by: f.keyword("funded_by")?,
            cited: Citation::read(&mut f),
            span: f.span,
        })
    })();
    r.finish(id.as_ref(), built)
}

/// A structural task of a party under the agreement, with its yearly cost.
#[derive(Debug)]
pub struct TaskDecl {
    pub id: Text,
    pub name: Option<Text>,
    pub of: Text,
    pub cost: Spanned<i64>,
    pub from: Spanned<i32>,
    pub until: Option<Spanned<i32>>,
    pub cited: Citation,
    pub span: Span,
}

pub fn task(r: &mut Reader<'_>, mut f: Fields) -> Option<TaskDecl> {
    let id = f.text("id");
    let built = (|| {
        Some(TaskDecl {
            id: id.clone()?,
            name: f.text("name"),
            of: f.text("of")?,
            cost: f.number("cost")?,
            from: f.number("from")?,
            until: f.number("until"),
            cited: Citation::read(&mut f),
            span: f.span,
        })
    })();
    r.finish(id.as_ref(), built)
}

/// A cut on a party's funds, per year: `amount`, or a range up to `up_to`.
#[derive(Debug)]
pub struct CutDecl {
    pub id: Text,
    pub name: Option<Text>,
    pub on: Text,
    pub amount: Spanned<i64>,
    pub up_to: Option<Spanned<i64>>,
    pub from: Spanned<i32>,
    pub until: Option<Spanned<i32>>,
    pub cited: Citation,
    pub span: Span,
}

pub fn cut(r: &mut Reader<'_>, mut f: Fields) -> Option<CutDecl> {
    let id = f.text("id");
    let (amount, up_to) = (f.number::<i64>("amount"), f.number::<i64>("up_to"));
    if let (Some(amount), Some(up_to)) = (&amount, &up_to) {
        if up_to.value < amount.value {
            r.diagnostics.push(
                Diagnostic::new(
                    "out-of-range",
                    up_to.span,
                    said!(
                        "`up_to` = {} is below `amount` = {}",
                        "`up_to` = {} ligt onder `amount` = {}",
                        up_to.value,
                        amount.value
                    ),
                )
                .label(said!(
                    "the top of the range must be at least `amount`",
                    "de bovengrens moet ten minste `amount` zijn"
                )),
            );
        }
    }
    let built = (|| {
        Some(CutDecl {
            id: id.clone()?,
            name: f.text("name"),
            on: f.text("on")?,
            amount: amount?,
            up_to,
            from: f.number("from")?,
            until: f.number("until"),
            cited: Citation::read(&mut f),
            span: f.span,
        })
    })();
    r.finish(id.as_ref(), built)
}

/// A step of the process that leads to the agreement.
#[derive(Debug)]
pub struct ProcessDecl {
    pub id: Text,
    pub name: Option<Text>,
    pub kind: Spanned<StepKind>,
    pub by: Option<Text>,
    pub after: Vec<Text>,
    /// Day numbers ([`crate::model::day_number`]).
    pub earliest: Option<Spanned<i64>>,
    pub deadline: Option<Spanned<i64>>,
    pub days: Option<Spanned<i64>>,
    pub cited: Citation,
    pub span: Span,
}

pub fn process_step(r: &mut Reader<'_>, mut f: Fields) -> Option<ProcessDecl> {
    let id = f.text("id");
    let built = (|| {
        Some(ProcessDecl {
            id: id.clone()?,
            name: f.text("name"),
            kind: f.keyword("kind")?,
            by: f.text("by"),
            after: f.texts("after"),
            earliest: f.number("earliest"),
            deadline: f.number("deadline"),
            days: f.number("days"),
            cited: Citation::read(&mut f),
            span: f.span,
        })
    })();
    r.finish(id.as_ref(), built)
}

#[derive(Debug)]
pub struct DecisionDecl {
    pub id: Text,
    pub name: Option<Text>,
    /// `None` when it is not a keyword of the language (reported when read); the decision is
    /// still read, so that its rules are checked.
    pub about: Option<Spanned<DecisionAbout>>,
    pub subject: Option<Text>,
    pub kind: Spanned<DecisionKind>,
    pub funded_by: Option<Vec<Spanned<Stream>>>,
    pub taken_by: Option<Text>,
    /// `binding = true` or `false`.
    pub binding: Option<Spanned<bool>>,
    pub steps: Vec<StepDecl>,
    pub cited: Citation,
    pub span: Span,
}

#[derive(Debug)]
pub struct StepDecl {
    pub name: Text,
    /// The decision's own `rule`, read as its only step.
    pub implicit: bool,
    pub rule: RuleDecl,
    pub cited: Citation,
    /// Where the step's rule is written: what a verdict about the step rests on.
    pub span: Span,
    /// The step's table (for the decision's own `rule`, the decision's).
    pub table: Span,
}

pub fn decision(r: &mut Reader<'_>, mut f: Fields) -> Option<DecisionDecl> {
    let id = f.text("id");
    let mut steps: Vec<StepDecl> = f
        .tables("step")
        .into_iter()
        .filter_map(|mut t| {
            let name = t.text("name");
            let rule = t.rule("rule");
            let cited = Citation::read(&mut t);
            let (rule, span) = rule?;
            Some(StepDecl {
                name: name?,
                implicit: false,
                rule,
                cited,
                span,
                table: t.span,
            })
        })
        .collect();
    let rule = f.rule("rule");
    let cited = Citation::read(&mut f);
    match (f.written("rule"), f.written("step")) {
        (Some(_), None) => {
            let (rule, span) = rule?;
            steps.push(StepDecl {
                name: Text {
                    value: "rule".to_string(),
                    span,
                },
                implicit: true,
                rule,
                cited: cited.clone(),
                span,
                table: f.span,
            });
        }
        (Some(span), Some(_)) => r.diagnostics.push(
            Diagnostic::new(
                "rule-and-steps",
                span,
                said!(
                    "a decision has either a `rule` or `[[decision.step]]`s, not both",
                    "een besluit heeft een `rule` of `[[decision.step]]`s, niet allebei"
                ),
            )
            .label(said!("this rule", "deze regel"))
            .help(said!(
                "move this rule into a step of its own",
                "zet deze regel in een eigen stap"
            )),
        ),
        (None, None) => r.missing(
            &f,
            "rule",
            said!(
                "give the decision a `rule`, or steps as `[[decision.step]]` with a rule each",
                "geef het besluit een `rule`, of stappen als `[[decision.step]]` met elk een regel"
            ),
        ),
        (None, Some(_)) => {}
    }
    let built = (|| {
        Some(DecisionDecl {
            id: id.clone()?,
            name: f.text("name"),
            about: f.keyword("about"),
            subject: f.text("subject"),
            kind: f.keyword("kind")?,
            funded_by: f.keywords("funded_by"),
            taken_by: f.text("taken_by"),
            binding: f.boolean("binding"),
            steps,
            cited,
            span: f.span,
        })
    })();
    r.finish(id.as_ref(), built)
}

/// An accepted finding of an accept file.
#[derive(Debug)]
pub struct AcceptanceDecl {
    pub model: Text,
    pub rule: Text,
    pub subject: Option<Text>,
    pub reason: Text,
    pub accepted_by: Text,
    /// A day number ([`crate::model::day_number`]).
    pub until: Option<Spanned<i64>>,
    pub span: Span,
}

pub fn acceptance(_: &mut Reader<'_>, mut f: Fields) -> Option<AcceptanceDecl> {
    let (model, rule, subject) = (f.text("model"), f.text("rule"), f.text("subject"));
    let (reason, accepted_by, until) = (f.text("reason"), f.text("accepted_by"), f.number("until"));
    Some(AcceptanceDecl {
        model: model?,
        rule: rule?,
        subject,
        reason: reason?,
        accepted_by: accepted_by?,
        until,
        span: f.span,
    })
}
