package io.flopsplit.ledger;

/**
 * A planned amount of FLOPs paid in pieces of a given size, the last piece taking what is left.
 * The rest is a {@link CompensatedSum} and the last piece is its value rounded down, so the pieces
 * never add up to more than the plan: a phase that could afford the plan can afford every piece.
 */
public final class Installments {

    /** A rest within this fraction of a piece beyond one piece is paid as the last piece, not two. */
    private static final double SLACK = 1e-9;

    private final CompensatedSum rest = new CompensatedSum();
    private double pieceFlops;

    /** Plans {@code totalFlops} in pieces of {@code pieceFlops}. */
    public Installments(double totalFlops, double pieceFlops) {
        replan(totalFlops, pieceFlops);
    }

    /** Replaces what is left to pay by {@code totalFlops}, in pieces of {@code pieceFlops}. */
    public void replan(double totalFlops, double pieceFlops) {
        rest.clear();
        rest.add(totalFlops);
        this.pieceFlops = pieceFlops;
    }

    /** Whether the next piece is the last one. */
    public boolean nextIsLast() {
        return !rest.atLeast(pieceFlops * (1 + SLACK));
    }

    /** Takes the next piece off the rest and returns its FLOPs. */
    public double next() {
        double piece = nextIsLast() ? rest.floor() : pieceFlops;
        rest.add(-piece);
        return piece;
    }
}
