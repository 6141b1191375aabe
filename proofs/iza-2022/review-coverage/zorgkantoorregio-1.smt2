; toets proof obligation
; model:   models/iza-2022.toml
; rule:    review-coverage
; subject: zorgkantoorregio
; case:    both sides sit in the review body
; unsat means: the insurer side and the municipal side both sit in the review body of `zorgkantoorregio`
; expect:  sat
(set-logic QF_LIA)
(declare-const |sits.zn| Bool)
(declare-const |sits.marktleider-1| Bool)
(declare-const |sits.marktleider-2| Bool)
(declare-const |sits.andere-verzekeraar| Bool)
(declare-const |sits.vng| Bool)
(declare-const |sits.aangewezen-gemeente| Bool)
(declare-const |sits.gemeente| Bool)
; fact: `zn` sits in the review body: false
(assert (not |sits.zn|))
; fact: `marktleider-1` sits in the review body: true
(assert |sits.marktleider-1|)
; fact: `marktleider-2` sits in the review body: true
(assert |sits.marktleider-2|)
; fact: `andere-verzekeraar` sits in the review body: false
(assert (not |sits.andere-verzekeraar|))
; fact: `vng` sits in the review body: false
(assert (not |sits.vng|))
; fact: `aangewezen-gemeente` sits in the review body: false
(assert (not |sits.aangewezen-gemeente|))
; fact: `gemeente` sits in the review body: false
(assert (not |sits.gemeente|))
; one side has no seat
(assert (or (not (or |sits.zn| |sits.marktleider-1| |sits.marktleider-2| |sits.andere-verzekeraar|)) (not (or |sits.vng| |sits.aangewezen-gemeente| |sits.gemeente|))))
(check-sat)
(exit)
