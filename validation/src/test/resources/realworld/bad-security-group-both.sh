# source: ESS API: SecurityGroupId and SecurityGroupIds.N are mutually exclusive (a script that adds a second group without removing the first flag)
# context: networkType=VPC, osType=LINUX
# errors: SECURITY_GROUP_CONFLICT
aliyun ess CreateScalingConfiguration --region cn-beijing \
  --ScalingGroupId asg-2zeb6eqpqjbj9vrw**** \
  --ImageId aliyun_3_x64_20G_alibase_20240819.vhd \
  --InstanceTypes.1 ecs.c7.large \
  --SecurityGroupId sg-2ze8n5qmlb7wdnpk**** \
  --SecurityGroupIds.1 sg-2ze8n5qmlb7wdnpk**** \
  --SecurityGroupIds.2 sg-2zeh4ahddt5g2t7m****
