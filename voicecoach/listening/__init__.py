"""The listening engine: frames in, who-speaks-when events out (turns, interruptions, talk-over, backchannels)."""
