"""The statistics screen: the office's figures as charts, the lists behind them and the de-identified
workbook."""
