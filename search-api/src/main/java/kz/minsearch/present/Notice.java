package kz.minsearch.present;

/** A page that only says something — a refusal, a confirmation, an error — and where to go back to. */
public record Notice(Frame frame, String text, String back) {
    public Messages m() {
        return frame.m();
    }
}
