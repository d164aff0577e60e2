from tests.faults.test_two_copies import run_two_copies, stored_ids


def test_two_copies_started_together_on_a_new_data_folder_both_save(tmp_path):
    folder = tmp_path / "data"
    ids = run_two_copies(folder)
    assert stored_ids(folder) == set(ids)
