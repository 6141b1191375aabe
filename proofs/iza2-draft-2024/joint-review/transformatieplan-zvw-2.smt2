; toets proof obligation
; model:   models/iza2-draft-2024.toml
; rule:    joint-review
; subject: transformatieplan-zvw
; case:    step `eerste snelle toets` of `beoordeling-zvw-plan` without the municipal side
; unsat means: the plan `transformatieplan-zvw` cannot pass step `eerste snelle toets` of `beoordeling-zvw-plan` unless the municipal side consents
; expect:  sat
(set-logic QF_LIA)
(declare-const |passes.beoordeling-zvw-plan.1| Bool)
(declare-const |consents.marktleider-1| Bool)
(declare-const |consents.marktleider-2| Bool)
; if step `eerste snelle toets` of decision `beoordeling-zvw-plan` passes, it asks the consent of `region:market-leaders`
(assert (or (not |passes.beoordeling-zvw-plan.1|) (and |consents.marktleider-1| |consents.marktleider-2|)))
; step `eerste snelle toets` of `beoordeling-zvw-plan` passes (Regeling specifieke uitkering transformatiemiddelen IZA AZWA 2024–2028, bijlage I, stap 1: "Het voorstel wordt ter beoordeling voorgelegd aan de twee markleider zorgverzekeraars. Deze geven binnen vier weken uitsluitsel over de beoordeling.")
(assert |passes.beoordeling-zvw-plan.1|)
; no party of the municipal side consents
(assert true)
(check-sat)
(exit)
