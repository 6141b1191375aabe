; toets proof obligation
; model:   models/vng-conditions-2024.toml
; rule:    review-coverage
; subject: zorgkantoorregio
; case:    both sides sit in the review body
; unsat means: the insurer side and the municipal side both sit in the review body of `zorgkantoorregio`
; expect:  unsat
(set-logic QF_LIA)
(declare-const |sits.marktleider-1| Bool)
(declare-const |sits.marktleider-2| Bool)
(declare-const |sits.aangewezen-gemeente| Bool)
; fact: `marktleider-1` sits in the review body: true
; the proof rests on this: `marktleider-1` sits in `regionale-toetsing`, the review body of `zorgkantoorregio` (models/vng-conditions-2024.toml:247:1)
(assert |sits.marktleider-1|)
; fact: `marktleider-2` sits in the review body: true
(assert |sits.marktleider-2|)
; fact: `aangewezen-gemeente` sits in the review body: true
; the proof rests on this: `aangewezen-gemeente` sits in `regionale-toetsing`, the review body of `zorgkantoorregio` (models/vng-conditions-2024.toml:247:1)
(assert |sits.aangewezen-gemeente|)
; one side has no seat
(assert (or (not (or |sits.marktleider-1| |sits.marktleider-2|)) (not |sits.aangewezen-gemeente|)))
(check-sat)
(exit)
