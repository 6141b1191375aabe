//! Fuzz target: any bytes as a model file. Decoding, loading, validating and rendering the
//! diagnostics never panic; a model that validates yields its graph and proof obligations
//! without panicking either, and a small one is checked (under a small solver limit, so that
//! each input stays quick) and its report rendered in every format and both languages.

#![no_main]

use libfuzzer_sys::fuzz_target;
use toets::check::{self, Options};
use toets::lang::Lang;
use toets::language::load;
use toets::report::{self, Invocation};

/// Models with more elements than this are not solved: the solver would dominate the run.
const CHECKED_ELEMENTS: usize = 40;

fuzz_target!(|data: &[u8]| {
    let file = match load::decode("fuzz.toml", data.to_vec()) {
        Ok(file) => file,
        Err(failure) => {
            let (file, diagnostic) = *failure;
            let _ = diagnostic.render(&file);
            return;
        }
    };
    match check::load_source(file) {
        Ok(model) => {
            let obligations = check::obligations(&model);
            let elements = model.parties.len() + model.decisions.len() + model.relations.len();
            if elements > CHECKED_ELEMENTS || obligations.len() > 200 {
                return;
            }
            for lang in [Lang::En, Lang::Nl] {
                let options = Options {
                    rlimit: Some(200_000),
                    jobs: Some(1),
                    lang,
                    skip_sensitivity: true,
                    ..Options::default()
                };
                let reports = [check::check_model(&model, &options)];
                let invocation = Invocation::here(1);
                let _ = report::text(&reports[0]);
                let _ = report::json(&reports);
                let _ = report::markdown(&reports);
                let _ = report::sarif(&reports, &invocation);
                let _ = report::github(&reports, &invocation);
                let _ = report::junit(&reports, &invocation);
                let _ = report::gitlab(&reports, &invocation);
            }
        }
        Err(rejected) => {
            let _ = rejected.render();
        }
    }
});
