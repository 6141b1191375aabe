; toets proof obligation
; model:   models/vng-conditions-2024.toml
; rule:    mandate-structure
; subject: zorgkantoorregio
; case:    mandate to `aangewezen-gemeente`
; unsat means: every municipality of region `zorgkantoorregio` gives `aangewezen-gemeente` its mandate
; expect:  unsat
(set-logic QF_LIA)
(declare-const |mandates.gemeente| Bool)
; fact: `gemeente` mandates `aangewezen-gemeente`: true
; the proof rests on this: `gemeente` mandates `aangewezen-gemeente` (models/vng-conditions-2024.toml:324:1)
(assert |mandates.gemeente|)
; some municipality of `zorgkantoorregio` gives `aangewezen-gemeente` no mandate
(assert (not |mandates.gemeente|))
(check-sat)
(exit)
