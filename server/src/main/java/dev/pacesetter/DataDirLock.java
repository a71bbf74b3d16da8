package dev.pacesetter;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One server per data directory. The lock is held for the life of the JVM and released by the OS
 * when it dies, so it also tells the next start that whatever an earlier run left behind (an
 * embedded Redis, say) has no living owner and may be cleaned up.
 */
final class DataDirLock {

    private DataDirLock() {
    }

    static void acquire(Path dataDir) throws IOException {
        FileChannel channel = FileChannel.open(dataDir.resolve(".lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock();
        if (lock == null) {
            channel.close();
            throw new IllegalStateException("Another Pacesetter server is running with the data directory "
                    + dataDir + ". Stop it first, or give this one its own PACESETTER_DATA_DIR.");
        }
        // Deliberately never released: the lock lives exactly as long as this JVM.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                lock.release();
                channel.close();
            } catch (IOException e) {
                // the JVM is exiting; the OS releases the lock anyway
            }
        }, "data-dir-unlock"));
    }
}
