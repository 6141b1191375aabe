; toets proof obligation
; model:   models/iza-2022.toml
; rule:    review-coverage
; subject: zorgkantoorregio
; case:    both sides sit in the review body
; unsat means: the insurer side and the municipal side both sit in the review body of `zorgkantoorregio`
; expect:  sat
(set-logic QF_LIA)
(declare-const |sits.marktleider-1| Bool)
(declare-const |sits.marktleider-2| Bool)
; fact: `marktleider-1` sits in the review body: true
(assert |sits.marktleider-1|)
; fact: `marktleider-2` sits in the review body: true
(assert |sits.marktleider-2|)
; one side has no seat
(assert (or (not (or |sits.marktleider-1| |sits.marktleider-2|)) (not false)))
(check-sat)
(exit)
