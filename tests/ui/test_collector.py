import gc

from peerhelper.ui.collector import GuiThreadCollector


def test_collection_moves_to_the_gui_thread(qapp, qtbot) -> None:
    enabled_before = gc.isenabled()
    collector = GuiThreadCollector()
    try:
        assert not gc.isenabled()

        class Cycle:
            pass

        for _ in range(5000):  # well past the first threshold
            a, b = Cycle(), Cycle()
            a.other, b.other = b, a
        assert gc.get_count()[0] > collector.thresholds[0]
        collector.check()
        assert gc.get_count()[0] < collector.thresholds[0]
    finally:
        collector.stop()
    assert gc.isenabled() == enabled_before
