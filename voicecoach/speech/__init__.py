"""Speech in and out: offline transcription and spoken prompts."""
