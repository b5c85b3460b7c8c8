package vn.nq57.reporting.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.ibatis.cursor.Cursor;

/**
 * Streams inputs from a cursor, judges each, and writes the results a chunk at a time.
 */
final class ChunkedJudging {

	/** Results are written a chunk at a time, as one JDBC batch. */
	static final int CHUNK_SIZE = 100;

	private ChunkedJudging() {
	}

	/**
	 * @return results written
	 */
	static <I, O> int judge(Cursor<I> inputs, Function<I, O> judge, Consumer<List<O>> insert) {
		int written = 0;
		try (inputs) {
			List<O> chunk = new ArrayList<>(CHUNK_SIZE);
			for (I input : inputs) {
				chunk.add(judge.apply(input));
				if (chunk.size() == CHUNK_SIZE) {
					insert.accept(chunk);
					written += chunk.size();
					chunk = new ArrayList<>(CHUNK_SIZE);
				}
			}
			if (!chunk.isEmpty()) {
				insert.accept(chunk);
				written += chunk.size();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return written;
	}

}
