package org.sltjava.spark;

import org.apache.spark.Partitioner;

/**
 * Cuts line numbers 1..lines into {@code blocks} contiguous runs of nearly equal length, so that
 * partition k holds lines before those of partition k + 1 and the part files keep the input order.
 */
final class LineBlocks extends Partitioner {

    private static final long serialVersionUID = 1L;
    private final int blocks;
    private final long lines;

    LineBlocks(int blocks, long lines) {
        if (blocks < 1) {
            throw new IllegalArgumentException("need at least one block, got " + blocks);
        }
        this.blocks = blocks;
        this.lines = Math.max(1, lines);
    }

    @Override
    public int numPartitions() {
        return blocks;
    }

    /** The block of a 1-based line number. */
    @Override
    public int getPartition(Object lineNo) {
        long i = Math.clamp((Long) lineNo - 1, 0, lines - 1);
        return (int) (i * blocks / lines);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LineBlocks b && b.blocks == blocks && b.lines == lines;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(lines) * 31 + blocks;
    }
}
