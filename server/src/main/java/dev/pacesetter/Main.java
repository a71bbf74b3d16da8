package dev.pacesetter;

public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        io.helidon.microprofile.server.Server.create().start();
    }
}
