//! The `toets` command line.

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};
use std::io::Write as _;
use std::process::ExitCode;
use toets::check::{self, Options, Report};
use toets::lang::{Lang, say};
use toets::model::Model;
use toets::rules;
use toets::verdict::Status;

/// Checks the governance structure of a draft health agreement.
///
/// Exit codes: 0 every rule holds; 1 some rule is violated; 2 bad input or tool failure;
/// 3 nothing violated, but something unknown.
#[derive(Parser)]
#[command(name = "toets", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// The language of reports, rule titles, explanations and errors: `en` (English) or `nl`
    /// (Nederlands).
    #[arg(long, global = true, value_enum, default_value_t = LangArg::En)]
    lang: LangArg,
}

#[derive(Clone, Copy, ValueEnum)]
enum LangArg {
    En,
    Nl,
}

impl From<LangArg> for Lang {
    fn from(lang: LangArg) -> Lang {
        match lang {
            LangArg::En => Lang::En,
            LangArg::Nl => Lang::Nl,
        }
    }
}

#[derive(Subcommand)]
enum Command {
    /// Check model files and report a verdict per rule and subject.
    Check {
        /// The model files (TOML).
        #[arg(required = true)]
        files: Vec<String>,
        /// How to print the report.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// Z3's resource limit per proof obligation (solver steps, the same on every machine);
        /// when it runs out the verdict is unknown; 0 is no limit. Overrides the model's
        /// `rlimit` [default: the model's, else 50000000]
        #[arg(long, value_name = "STEPS")]
        rlimit: Option<u32>,
        /// How many threads solve obligations [default: the number of cores]. The report is the
        /// same whatever the number.
        #[arg(long, value_name = "N")]
        jobs: Option<usize>,
        /// Only these rules (comma-separated ids, as `toets rules` lists them); overrides the
        /// model's `rules`.
        #[arg(long, value_name = "IDS", value_delimiter = ',')]
        rules: Option<Vec<String>>,
        /// The years the money rules check, `FIRST-LAST` (e.g. 2025-2030); overrides the
        /// model's `years`.
        #[arg(long, value_name = "FIRST-LAST", value_parser = parse_years)]
        years: Option<(i32, i32)>,
        /// The commissioners whose equality is checked (comma-separated party ids); overrides
        /// the model's `commissioners`.
        #[arg(long, value_name = "IDS", value_delimiter = ',')]
        commissioners: Option<Vec<String>>,
        /// Also write every proof obligation as an SMT-LIB 2 file under this directory:
        /// DIR/<model>/<rule>/<subject>-<n>.smt2, with the answer toets reached in its header.
        /// <model> is the file's name without .toml, with as many folders above it as tell
        /// same-named models apart (a_model, b_model); each is replaced whole, or not at all.
        #[arg(long, value_name = "DIR")]
        emit_smt2: Option<std::path::PathBuf>,
        /// Decide everything on the texts alone: take back every reading of the modeller's
        /// (each element left out, or each field given its alternative).
        #[arg(long)]
        without_readings: bool,
        /// Do not work out how each verdict depends on the readings (which checks the model
        /// once more per reading).
        #[arg(long)]
        no_sensitivity: bool,
        /// The accept file: violations the team accepts, with why, by whom and until when
        /// [default: `toets-accept.toml` beside each model, if there is one].
        #[arg(long, value_name = "FILE")]
        accept: Option<String>,
        /// Fail (exit 1) when an acceptance matches no violation or has expired.
        #[arg(long)]
        deny_stale: bool,
        /// Leave out the line and column of every place the report names, so that a snapshot of
        /// it changes only when a verdict, a witness or a citation does.
        #[arg(long)]
        no_positions: bool,
        /// The folder the CI formats (SARIF, GitHub, JUnit, GitLab) give the model paths from:
        /// the repository's root [default: the working directory].
        #[arg(long, value_name = "DIR")]
        root: Option<std::path::PathBuf>,
        /// The address of the folder docs/rules as your team reads it (such as
        /// https://github.com/ORG/toets/blob/main/docs/rules): SARIF's `helpUri` of a rule is
        /// this with `/RULE.md` (`/nl/RULE.md` with `--lang nl`).
        #[arg(long, value_name = "URL")]
        rules_url: Option<String>,
    },
    /// Write a starting accept file for the violations of the models: one `[[accept]]` each,
    /// its reason and who accepted it left to fill in.
    Accept {
        /// The model files (TOML).
        #[arg(required = true)]
        files: Vec<String>,
        /// Write the accept file here (its `model` paths are from its folder) instead of
        /// printing it, with `model` paths from the working directory.
        #[arg(long, value_name = "FILE")]
        out: Option<std::path::PathBuf>,
    },
    /// Compare two drafts: which verdicts change, and which elements. Exits with 1 when a
    /// verdict got worse.
    Diff {
        /// The earlier draft.
        old: String,
        /// The later draft.
        new: String,
        /// `text` or `json`.
        #[arg(long, value_enum, default_value_t = DiffFormat::Text)]
        format: DiffFormat,
        /// Z3's resource limit per proof obligation, as for `check`.
        #[arg(long, value_name = "STEPS")]
        rlimit: Option<u32>,
    },
    /// Generate a model: `national`, the real structure's numbers times `--scale`.
    Generate {
        /// What to generate: `national`.
        #[arg(value_enum)]
        what: Generated,
        /// The seed of the drawing (which municipality lies where, which plan is paid how).
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// 1 is the real size; 0.1 and 10 scale every count.
        #[arg(long, default_value_t = 1.0)]
        scale: f64,
        /// Write to this file (atomically) instead of standard output.
        #[arg(long, value_name = "FILE")]
        out: Option<std::path::PathBuf>,
    },
    /// Print the model language: its JSON Schema, for editors that check drafts as they are
    /// typed, or the reference of its tables' fields in Markdown.
    Schema {
        /// `json` (the JSON Schema) or `markdown` (the field tables of docs/model-language.md).
        #[arg(long, value_enum, default_value_t = SchemaFormat::Json)]
        format: SchemaFormat,
        /// Print the JSON Schema of `check --format json` instead: the report contract.
        #[arg(long, conflicts_with_all = ["diff", "format"])]
        report: bool,
        /// Print the JSON Schema of `diff --format json` instead.
        #[arg(long, conflicts_with = "format")]
        diff: bool,
    },
    /// Write a starting model: three commissioners, their agreement, a decision over it and a
    /// plan review, commented, that checks clean; and beside it the model language's JSON
    /// Schema, which the model's first line names for editors.
    Init {
        /// Where to write the model; an existing file is never written over.
        #[arg(default_value = "model.toml")]
        file: std::path::PathBuf,
    },
    /// Print the completion script of a shell (bash, zsh, fish, elvish, powershell).
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// List the rules.
    Rules,
    /// Explain a rule: what it checks, its legal basis, its formal statement.
    Explain {
        /// The rule's id, as `toets rules` lists it.
        rule: String,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    /// For people, in a terminal.
    Text,
    /// For programs: an array with one object per model.
    Json,
    /// For a pull-request comment.
    Markdown,
    /// SARIF 2.1.0, for code-review tools: a violation on the line of the model that causes it.
    Sarif,
    /// GitHub Actions workflow commands: an annotation on the model line of each finding.
    Github,
    /// JUnit XML: a test suite per model, a test case per rule and subject.
    Junit,
    /// GitLab Code Quality JSON: an issue per finding, on its model line.
    Gitlab,
}

#[derive(Clone, Copy, ValueEnum)]
enum Generated {
    National,
}

#[derive(Clone, Copy, ValueEnum)]
enum SchemaFormat {
    Json,
    Markdown,
}

#[derive(Clone, Copy, ValueEnum)]
enum DiffFormat {
    Text,
    Json,
}

const HOLDS: u8 = 0;
const VIOLATED: u8 = 1;
const FAILURE: u8 = 2;
const UNKNOWN: u8 = 3;

fn main() -> ExitCode {
    // `--version` names the Z3 library toets is linked with: a verdict that changes with the
    // solver can be traced to it.
    let tool = toets::check::Tool::this();
    let version: &'static str = Box::leak(format!("{} (Z3 {})", tool.version, tool.z3).into());
    let matches = Cli::command().version(version).get_matches();
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(error) => error.exit(),
    };
    let lang = Lang::from(cli.lang);
    match cli.command {
        Command::Check {
            files,
            format,
            rlimit,
            jobs,
            rules,
            years,
            commissioners,
            emit_smt2,
            without_readings,
            no_sensitivity,
            accept,
            deny_stale,
            no_positions,
            root,
            rules_url,
        } => {
            let options = Options {
                rlimit,
                jobs,
                lang,
                years,
                rules,
                commissioners,
                without_readings,
                skip_sensitivity: no_sensitivity,
            };
            let how = HowToCheck {
                format,
                emit_smt2: emit_smt2.as_deref(),
                accept: accept.as_deref(),
                deny_stale,
                no_positions,
                root,
                rules_url,
            };
            run_check(&files, &options, how)
        }
        Command::Accept { files, out } => run_accept(&files, out.as_deref(), lang),
        Command::Diff {
            old,
            new,
            format,
            rlimit,
        } => {
            let options = Options {
                rlimit,
                lang,
                ..Options::default()
            };
            run_diff(&old, &new, format, &options)
        }
        Command::Generate {
            what: Generated::National,
            seed,
            scale,
            out,
        } => run_generate(seed, scale, out.as_deref(), lang),
        Command::Schema {
            format,
            report,
            diff,
        } => run_schema(format, report, diff, lang),
        Command::Init { file } => run_init(&file, lang),
        Command::Completions { shell } => {
            let mut command = Cli::command();
            let mut script = Vec::new();
            clap_complete::generate(shell, &mut command, "toets", &mut script);
            let script = String::from_utf8_lossy(&script);
            ExitCode::from(if written(&script, lang) {
                HOLDS
            } else {
                FAILURE
            })
        }
        Command::Rules => run_rules(lang),
        Command::Explain { rule } => run_explain(&rule, lang),
    }
}

/// How `toets check` reports, besides what it checks.
struct HowToCheck<'a> {
    format: Format,
    emit_smt2: Option<&'a std::path::Path>,
    accept: Option<&'a str>,
    deny_stale: bool,
    no_positions: bool,
    root: Option<std::path::PathBuf>,
    rules_url: Option<String>,
}

/// `toets check`: checks every file, applies the accepted findings, prints the reports in the
/// format asked for and exits with the worst verdict not accepted, or with 2 when a file was
/// rejected or its proof obligations could not be written (1 with `--deny-stale` when an
/// acceptance is stale or expired).
fn run_check(files: &[String], options: &Options, how: HowToCheck<'_>) -> ExitCode {
    if let Some(unknown) = options
        .rules
        .iter()
        .flatten()
        .find(|id| toets::rules::find(id).is_none())
    {
        return unknown_rule(unknown, options.lang);
    }
    let (mut reports, rejected, mut failed) = check_files(files, options, how.emit_smt2);
    let (accept_failed, stale) = apply_acceptances(&mut reports, how.accept, options.lang);
    failed |= accept_failed || !rejected.is_empty();
    if how.no_positions {
        reports
            .iter_mut()
            .for_each(toets::report::without_positions);
    }
    let code = match (failed, check::worst(reports.iter().map(|r| r.worst()))) {
        (true, _) => FAILURE,
        (false, Status::Violated) => VIOLATED,
        (false, _) if stale && how.deny_stale => VIOLATED,
        (false, Status::Unknown) => UNKNOWN,
        (false, Status::Holds) => HOLDS,
    };
    let here = toets::report::Invocation::here(code);
    let invocation = toets::report::Invocation {
        rejected: &rejected,
        root: how
            .root
            .map_or_else(|| here.root.clone(), |root| here.working_dir.join(root)),
        rules_url: how.rules_url,
        ..here
    };
    let output = render_reports(&reports, how.format, &invocation);
    if !written(&output, options.lang) {
        return ExitCode::from(FAILURE);
    }
    ExitCode::from(code)
}

/// Applies the accept file (`--accept`, else each model's `toets-accept.toml`) to the reports,
/// printing what matched nothing or expired; whether a file could not be read, and whether any
/// acceptance was stale or expired.
fn apply_acceptances(reports: &mut [Report], given: Option<&str>, lang: Lang) -> (bool, bool) {
    let mut paths: Vec<String> = match given {
        Some(path) => vec![path.to_string()],
        None => reports
            .iter()
            .filter_map(|r| check::beside(&r.model))
            .collect(),
    };
    let mut seen = std::collections::BTreeSet::new();
    paths.retain(|path| seen.insert(path.clone()));
    let (mut failed, mut stale) = (false, false);
    for path in paths {
        match check::load_acceptances(&path) {
            Ok(acceptances) => {
                for note in acceptances.apply(reports, check::today()) {
                    eprint!("{}", note.render_in(lang));
                    stale = true;
                }
            }
            Err(rejected) => {
                eprint!("{}", rejected.render_in(lang));
                failed = true;
            }
        }
    }
    (failed, stale)
}

/// `toets accept`: a starting accept file for the models' violations.
fn run_accept(files: &[String], out: Option<&std::path::Path>, lang: Lang) -> ExitCode {
    let options = Options {
        lang,
        skip_sensitivity: true,
        ..Options::default()
    };
    let (reports, _, failed) = check_files(files, &options, None);
    if failed {
        return ExitCode::from(FAILURE);
    }
    let folder = out
        .and_then(|p| p.parent())
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(std::path::Path::new("."));
    let text = check::starting_file(&reports, folder);
    match out {
        None if written(&text, lang) => ExitCode::from(HOLDS),
        None => ExitCode::from(FAILURE),
        Some(path) => match toets::report::proofs::write_atomically(path, &text) {
            Ok(()) => ExitCode::from(HOLDS),
            Err(error) => {
                eprintln!("{}", cannot_write(path, &error, lang));
                ExitCode::from(FAILURE)
            }
        },
    }
}

/// Loads and checks the files, in order, with the proof obligations written under `emit_smt2`
/// when it is given; a rejection is printed to standard error as it comes. Returns the reports
/// of the files that could be checked, the files that could not, and whether anything failed.
fn check_files(
    files: &[String],
    options: &Options,
    emit_smt2: Option<&std::path::Path>,
) -> (Vec<Report>, Vec<check::Rejected>, bool) {
    let mut reports = Vec::new();
    let mut rejections = Vec::new();
    let mut failed = false;
    let mut session = check::Session::default();
    // The first file's obligations are solved on every core; the files after it, most
    // of whose obligations are then solved already (drafts of one structure), as many
    // at a time as there are cores, each on one. The report is the same either way.
    let folders: std::collections::HashMap<&str, Option<String>> = files
        .iter()
        .map(String::as_str)
        .zip(toets::report::proofs::folder_names(files))
        .collect();
    let (first, rest) = files.split_at(files.len().min(1));
    for paths in std::iter::once(first).chain(rest.chunks(options.jobs())) {
        let results = if paths.len() == 1 {
            vec![
                check::load_file_with(&paths[0], options)
                    .map(|model| (session.check(&model, options), model))
                    .map(|(checked, model)| (model, checked)),
            ]
        } else {
            session.check_each(paths, options, |path| check::load_file_with(path, options))
        };
        for result in results {
            match result {
                Ok((model, checked)) => {
                    if let Some(dir) = emit_smt2 {
                        let folder = folders.get(model.file.path.as_str()).cloned().flatten();
                        if !emit_proofs(dir, folder.as_deref(), &model, &checked, options.lang) {
                            failed = true;
                        }
                    }
                    reports.push(checked.report);
                }
                Err(rejection) => {
                    failed = true;
                    eprint!("{}", rejection.render_in(options.lang));
                    rejections.push(rejection);
                }
            }
        }
    }
    (reports, rejections, failed)
}

/// Writes a checked model's proof obligations under `dir`; says so on standard error and
/// returns false when they cannot be written.
fn emit_proofs(
    dir: &std::path::Path,
    folder: Option<&str>,
    model: &Model,
    checked: &check::Checked,
    lang: Lang,
) -> bool {
    let Some(folder) = folder else {
        eprintln!(
            "{}",
            say!(
                lang,
                "error: cannot write the proof obligations of `{}` under `{}`: another model of this run would write into the same folder\n  = help: check the two models in separate runs, each with its own --emit-smt2 folder",
                "fout: kan de bewijsverplichtingen van `{}` niet schrijven onder `{}`: een ander model van deze run zou in dezelfde map schrijven\n  = hulp: controleer de twee modellen apart, elk met een eigen --emit-smt2-map",
                model.file.path,
                dir.display()
            )
        );
        return false;
    };
    match toets::report::proofs::emit(dir, folder, model, &checked.decided) {
        Ok(_) => true,
        Err(error) => {
            eprintln!(
                "{}",
                say!(
                    lang,
                    "error: cannot write proof obligations under `{}`: {}",
                    "fout: kan de bewijsverplichtingen niet schrijven onder `{}`: {}",
                    dir.join(folder).display(),
                    error
                )
            );
            false
        }
    }
}

/// The reports in the format asked for; the CI formats also give what the run rejected and
/// its exit code.
fn render_reports(
    reports: &[Report],
    format: Format,
    invocation: &toets::report::Invocation<'_>,
) -> String {
    match format {
        Format::Text => reports
            .iter()
            .map(toets::report::text)
            .collect::<Vec<_>>()
            .join("\n"),
        Format::Json => toets::report::json(reports),
        Format::Markdown => toets::report::markdown(reports),
        Format::Sarif => toets::report::sarif(reports, invocation),
        Format::Github => toets::report::github(reports, invocation),
        Format::Junit => toets::report::junit(reports, invocation),
        Format::Gitlab => toets::report::gitlab(reports, invocation),
    }
}

/// `toets diff`: checks both drafts and prints what changed; exits with 1 when a verdict got
/// worse, with 2 when a draft was rejected.
fn run_diff(old: &str, new: &str, format: DiffFormat, options: &Options) -> ExitCode {
    let lang = options.lang;
    let code = match (check::load_file(old), check::load_file(new)) {
        (Ok(old_model), Ok(new_model)) => {
            let old_report = check::check_model(&old_model, options);
            let new_report = check::check_model(&new_model, options);
            let diff =
                toets::report::diff::diff(&old_model, &old_report, &new_model, &new_report, lang);
            let output = match format {
                DiffFormat::Text => toets::report::diff::text(&diff),
                DiffFormat::Json => {
                    serde_json::to_string_pretty(&diff).expect("a diff serialises") + "\n"
                }
            };
            if !written(&output, lang) {
                FAILURE
            } else if diff.got_worse() {
                VIOLATED
            } else {
                HOLDS
            }
        }
        (old, new) => {
            for rejected in [old.err(), new.err()].into_iter().flatten() {
                eprint!("{}", rejected.render_in(lang));
            }
            FAILURE
        }
    };
    ExitCode::from(code)
}

/// `toets generate national`: writes the generated model to `out`, or to standard output.
fn run_generate(seed: u64, scale: f64, out: Option<&std::path::Path>, lang: Lang) -> ExitCode {
    if !(scale > 0.0 && scale <= 100.0) {
        eprintln!(
            "{}",
            say!(
                lang,
                "error: `--scale {}` is out of range\n  = help: give a scale above 0 and at most 100",
                "fout: `--scale {}` valt buiten het bereik\n  = hulp: geef een schaal boven 0 en ten hoogste 100",
                scale
            )
        );
        return ExitCode::from(FAILURE);
    }
    let text = toets::generate::national(seed, scale);
    let code = match out {
        None if written(&text, lang) => HOLDS,
        None => FAILURE,
        Some(path) => match toets::report::proofs::write_atomically(path, &text) {
            Ok(()) => HOLDS,
            Err(error) => {
                eprintln!("{}", cannot_write(path, &error, lang));
                FAILURE
            }
        },
    };
    ExitCode::from(code)
}

/// `toets schema`: prints the JSON Schema of the model language, or its field reference, or
/// the JSON Schema of the JSON report or diff.
fn run_schema(format: SchemaFormat, report: bool, diff: bool, lang: Lang) -> ExitCode {
    let pretty = |schema: serde_json::Value| {
        serde_json::to_string_pretty(&schema).expect("a schema serialises") + "\n"
    };
    let text = match (report, diff, format) {
        (true, _, _) => pretty(toets::report::report_schema()),
        (_, true, _) => pretty(toets::report::diff_schema()),
        (_, _, SchemaFormat::Json) => toets::language::schema::model_schema_text(lang),
        (_, _, SchemaFormat::Markdown) => toets::language::schema::field_tables(lang),
    };
    ExitCode::from(if written(&text, lang) { HOLDS } else { FAILURE })
}

/// `toets init`: writes the starting model to `file`, unless a file is there, and the schema
/// its first line names beside it, unless one is there.
fn run_init(file: &std::path::Path, lang: Lang) -> ExitCode {
    use toets::language::template::{SCHEMA_FILE, starting_model};
    let folder = file
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(std::path::Path::new("."));
    let schema_path = folder.join(SCHEMA_FILE);
    let schema = toets::language::schema::model_schema_text(lang);
    if let Err(error) = write_new(file, starting_model(lang)) {
        eprintln!("{}", cannot_write(file, &error, lang));
        return ExitCode::from(FAILURE);
    }
    match write_new(&schema_path, &schema) {
        Ok(()) => {}
        Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => {
            if std::fs::read_to_string(&schema_path).ok().as_deref() != Some(schema.as_str()) {
                eprintln!(
                    "{}",
                    say!(
                        lang,
                        "note: `{}` is there already and is not this toets's schema; `toets schema > {}` writes it anew",
                        "noot: `{}` bestaat al en is niet het schema van deze toets; `toets schema > {}` schrijft het opnieuw",
                        schema_path.display(),
                        schema_path.display()
                    )
                );
            }
        }
        Err(error) => {
            eprintln!("{}", cannot_write(&schema_path, &error, lang));
            return ExitCode::from(FAILURE);
        }
    }
    eprintln!(
        "{}",
        say!(
            lang,
            "wrote `{}`: `toets check {}` checks it",
            "`{}` geschreven: `toets check {}` toetst het",
            file.display(),
            file.display()
        )
    );
    ExitCode::from(HOLDS)
}

/// Writes a file that is not there yet (`AlreadyExists` when it is); a file left half-written
/// is taken away.
fn write_new(path: &std::path::Path, text: &str) -> std::io::Result<()> {
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)?;
    file.write_all(text.as_bytes()).inspect_err(|_| {
        let _ = std::fs::remove_file(path);
    })
}

/// "cannot write `path`: reason", in `lang`; for a file that is there already, that `toets
/// init` does not write over it (the other writers replace a file).
fn cannot_write(path: &std::path::Path, error: &std::io::Error, lang: Lang) -> String {
    if error.kind() == std::io::ErrorKind::AlreadyExists {
        return say!(
            lang,
            "error: `{}` is there already; toets init does not write over a file\n  = help: name another file: `toets init FILE`",
            "fout: `{}` bestaat al; toets init schrijft geen bestand over\n  = hulp: noem een ander bestand: `toets init BESTAND`",
            path.display()
        );
    }
    say!(
        lang,
        "error: cannot write `{}`: {}",
        "fout: kan `{}` niet schrijven: {}",
        path.display(),
        error
    )
}

/// Writes `text` to standard output and flushes it; a failed write (a full disk, a closed
/// pipe) is said on standard error, and `false`: the caller exits with 2, never with a
/// verdict's code for a report that was not written.
fn written(text: &str, lang: Lang) -> bool {
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => true,
        Err(error) => {
            eprintln!(
                "{}",
                say!(
                    lang,
                    "error: cannot write to standard output: {}",
                    "fout: kan niet naar de standaarduitvoer schrijven: {}",
                    error
                )
            );
            false
        }
    }
}

/// `toets rules`: lists every rule's id and title.
fn run_rules(lang: Lang) -> ExitCode {
    let text: String = rules::ALL
        .iter()
        .map(|rule| format!("{:<20} {}\n", rule.id, rule.title.get(lang)))
        .collect();
    ExitCode::from(if written(&text, lang) { HOLDS } else { FAILURE })
}

/// `toets explain RULE`: prints what the rule checks, or says there is no such rule.
fn run_explain(rule: &str, lang: Lang) -> ExitCode {
    match rules::find(rule) {
        Some(rule) if written(&rules::explain(rule, lang), lang) => ExitCode::from(HOLDS),
        Some(_) => ExitCode::from(FAILURE),
        None => unknown_rule(rule, lang),
    }
}

/// Says that no rule has this id, with the nearest one or the list; exit code 2.
fn unknown_rule(rule: &str, lang: Lang) -> ExitCode {
    let ids: Vec<&str> = rules::ALL.iter().map(|r| r.id).collect();
    let mut message = say!(
        lang,
        "error: unknown rule `{rule}`",
        "fout: onbekende regel `{rule}`"
    );
    if let Some(s) = toets::language::diagnostic::did_you_mean(rule, ids.iter().copied()) {
        message.push_str(&say!(
            lang,
            "\n  = help: did you mean `{s}`?",
            "\n  = hulp: bedoelt u `{s}`?"
        ));
    } else {
        message.push_str(&say!(
            lang,
            "\n  = help: the rules are: {}",
            "\n  = hulp: de regels zijn: {}",
            ids.join(", ")
        ));
    }
    eprintln!("{message}");
    ExitCode::from(FAILURE)
}

/// `2025-2030`: the first and the last year, in order.
fn parse_years(text: &str) -> Result<(i32, i32), String> {
    let wrong = || format!("`{text}` is not two years in order, such as 2025-2030");
    let (first, last) = text.split_once('-').ok_or_else(wrong)?;
    let year = |s: &str| {
        s.trim()
            .parse::<i32>()
            .ok()
            .filter(|y| (1900..=2200).contains(y))
    };
    match (year(first), year(last)) {
        (Some(first), Some(last)) if first <= last => Ok((first, last)),
        _ => Err(wrong()),
    }
}
