"""Act stage: ad-copy compliance — the tier-1 Advertising-Law check and the three-tier review.

Seed 002 (002_f20953b0c327b653.txt, 风险控制 › 合规管理模块): "建立广告内容三级审核制度: 初审:AI语义
识别系统(过滤敏感词); 复审:法务团队(核查广告法合规性); 终审:用户代表委员会(从消费者视角评估)".
"""
