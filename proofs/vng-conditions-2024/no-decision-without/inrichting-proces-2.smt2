; toets proof obligation
; model:   models/vng-conditions-2024.toml
; rule:    no-decision-without
; subject: inrichting-proces
; case:    without `zn`
; unsat means: the decision `inrichting-proces` cannot be taken unless `zn` consents
; expect:  unsat
(set-logic QF_LIA)
(declare-const |passes.inrichting-proces.1| Bool)
(declare-const |consents.vws| Bool)
(declare-const |consents.zn| Bool)
(declare-const |consents.vng| Bool)
; if the rule of decision `inrichting-proces` passes, it asks the consent of `vws`
(assert (or (not |passes.inrichting-proces.1|) |consents.vws|))
; if the rule of decision `inrichting-proces` passes, it asks the consent of `zn`
; the proof rests on this: the rule of decision `inrichting-proces` asks the consent of `zn` (models/vng-conditions-2024.toml:380:23)
(assert (or (not |passes.inrichting-proces.1|) |consents.zn|))
; if the rule of decision `inrichting-proces` passes, it asks the consent of `vng`
(assert (or (not |passes.inrichting-proces.1|) |consents.vng|))
; step `rule` of `inrichting-proces` passes (Bijlage 1 bij resolutie IZA: Uitwerking gelijkwaardigheid, Governance: "en richten gezamenlijk het proces daartoe in")
(assert |passes.inrichting-proces.1|)
; `zn` does not consent
(assert (not |consents.zn|))
(check-sat)
(exit)
