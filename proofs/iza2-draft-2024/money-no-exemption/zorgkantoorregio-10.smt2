; toets proof obligation
; model:   models/iza2-draft-2024.toml
; rule:    money-no-exemption
; subject: zorgkantoorregio
; case:    a plan in region `zorgkantoorregio` paid from `specific-grant`, without the municipal side
; unsat means: no plan in region `zorgkantoorregio` paid from `specific-grant` passes a review step unless the municipal side consents
; expect:  unsat
(set-logic QF_LIA)
(declare-const |passes.beoordeling-overig-plan.1| Bool)
(declare-const |consents.marktleider-1| Bool)
(declare-const |consents.marktleider-2| Bool)
(declare-const |consents.aangewezen-gemeente| Bool)
; if the rule of decision `beoordeling-overig-plan` passes, it asks the consent of `region:market-leaders`
(assert (or (not |passes.beoordeling-overig-plan.1|) (and |consents.marktleider-1| |consents.marktleider-2|)))
; if the rule of decision `beoordeling-overig-plan` passes, it asks the consent of `region:mandate-municipality`
; the proof rests on this: the rule of decision `beoordeling-overig-plan` asks the consent of `region:mandate-municipality` (models/iza2-draft-2024.toml:440:46)
; the proof rests on this: `aangewezen-gemeente` is `region:mandate-municipality` in region `zorgkantoorregio` (models/iza2-draft-2024.toml:207:25)
(assert (or (not |passes.beoordeling-overig-plan.1|) |consents.aangewezen-gemeente|))
; some review step of a plan paid from `specific-grant` passes
(assert |passes.beoordeling-overig-plan.1|)
; no party of the municipal side consents
(assert (not |consents.aangewezen-gemeente|))
(check-sat)
(exit)
